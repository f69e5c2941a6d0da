# Maillage — the essentials page in one language (`/ar/`, `/pt/`…), the
# sentence of the multilingual poster, and the line that offers the page.
# French is the source: translate this file into `<code>.ftl` (BCP 47 code,
# also the URL prefix), keep every message id and every variable, and set
# language-reviewed = no until a native speaker has read it. Numbers are never
# written here: { $line }, { $police }, { $eu }, { $sms } come from the data,
# { $n } is the number of Shift presses left. The French site itself uses
# src/locale/fr.rs; this file is the translators' source for the essentials.

language-name = Français
language-direction = ltr
language-reviewed = yes

title = Violences au sein du foyer : de l'aide en France
lead = Vous n'êtes pas seule. Ces numéros sont gratuits.
quick-exit = Quitter ce site
quick-exit-hint = ou Maj ×3
exit-press-more = encore { $n } fois…
exit-press-once = …encore une fois
skip = Aller au contenu
danger-heading = Danger immédiat
police = Police ou gendarmerie
eu = Toute urgence, depuis tout portable
sms = Par SMS, si vous ne pouvez pas parler
listen-heading = Écoute et conseil, 24 h/24
line = Violences Femmes Info : pour les femmes victimes de violences et leurs proches. Gratuit, anonyme, n'apparaît pas sur la facture. Ce n'est pas un numéro d'urgence.
child = Enfant en danger
find-heading = Trouver de l'aide près de chez vous
find-label = Commune ou code postal
find-button = Chercher
find-note = Les résultats sont en français.
safety-heading = Votre sécurité
safety-exit = Le bouton « Quitter ce site », en haut de la page, ouvre un site neutre. Au clavier : appuyez 3 fois sur la touche Maj.
safety-history = Ce site ne garde aucune trace de vos recherches. Votre navigateur garde l'historique : effacez-le après la visite.
poster = Violences à la maison ? { $line } : écoute gratuite et anonyme, 24 h/24. En danger : { $police } ou { $eu }, SMS { $sms }.
offer = Ces informations existent en français
languages = Langues
