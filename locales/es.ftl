# Maillage — the essentials in one language (`/es/`), the poster's sentence,
# and the line offering this page. Translated from fr.ftl; numbers are never
# written here: { $line }, { $police }, { $eu }, { $sms } come from the data.

language-name = Español
language-direction = ltr
# Set to yes once a native speaker has reviewed this file (start with
# `line`, `poster` and the safety lines).
language-reviewed = no

title = Violencia en el hogar: ayuda en Francia
lead = No está sola. Estos números son gratuitos.
quick-exit = Salir
quick-exit-hint = o Mayús ×3
exit-press-more =
    { $n ->
        [one] pulse { $n } vez más…
       *[other] pulse { $n } veces más…
    }
exit-press-once = …una vez más
skip = Ir al contenido
danger-heading = Peligro inmediato
police = Policía o gendarmería
eu = Cualquier emergencia, desde cualquier móvil
sms = Por SMS, si no puede hablar
listen-heading = Escucha y orientación, las 24 horas
line = Violences Femmes Info: para mujeres víctimas de violencia y sus allegados. Gratuito, anónimo, no aparece en la factura. No es un número de emergencia.
child = Niño o niña en peligro
find-heading = Encontrar ayuda cerca de usted
find-label = Municipio (commune) o código postal
find-button = Buscar
find-note = Los resultados están en francés.
safety-heading = Su seguridad
safety-exit = El botón «Salir», arriba de la página, abre un sitio neutro. Con un teclado: pulse 3 veces la tecla Mayús (Shift).
safety-history = Este sitio no guarda ningún rastro de sus búsquedas. Su navegador guarda el historial: bórrelo después de la visita.
poster = ¿Violencia en casa? { $line }: escucha gratuita y anónima, las 24 horas. En peligro: { $police } o { $eu }, SMS { $sms }.
offer = Esta información está disponible en español
languages = Idiomas
