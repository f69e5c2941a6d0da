# Maillage — the essentials in one language (`/pt/`), the poster's sentence,
# and the line offering this page. Translated from fr.ftl; numbers are never
# written here: { $line }, { $police }, { $eu }, { $sms } come from the data.

language-name = Português
language-direction = ltr
# Set to yes once a native speaker has reviewed this file (start with
# `line`, `poster` and the safety lines).
language-reviewed = no

title = Violência doméstica: ajuda em França
lead = Não está sozinha. Estes números são gratuitos.
quick-exit = Sair
quick-exit-hint = ou Shift ×3
exit-press-more =
    { $n ->
        [one] carregue mais { $n } vez…
       *[other] carregue mais { $n } vezes…
    }
exit-press-once = …mais uma vez
skip = Ir para o conteúdo
danger-heading = Perigo imediato
police = Polícia ou gendarmaria
eu = Qualquer emergência, de qualquer telemóvel
sms = Por SMS, se não puder falar
listen-heading = Escuta e aconselhamento, 24 horas por dia
line = Violences Femmes Info: para mulheres vítimas de violência e os seus próximos. Gratuito, anónimo, não aparece na fatura. Não é um número de emergência.
child = Criança em perigo
find-heading = Encontrar ajuda perto de si
find-label = Município (commune) ou código postal
find-button = Procurar
find-note = Os resultados estão em francês.
safety-heading = A sua segurança
safety-exit = O botão «Sair», no topo da página, abre um site neutro. Num teclado: carregue 3 vezes na tecla Shift.
safety-history = Este site não guarda nenhum registo das suas pesquisas. O seu navegador guarda o histórico: apague-o depois da visita.
poster = Violência em casa? { $line }: escuta gratuita e anónima, 24 horas por dia. Em perigo: { $police } ou { $eu }, SMS { $sms }.
offer = Esta informação existe em português
languages = Línguas
