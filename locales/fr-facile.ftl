# Maillage — easy-read French ("facile à lire et à comprendre", FALC) for
# /facile/: Inclusion Europe's rules — one idea a line, short sentences (a
# test caps them at 12 words), common words, numbers in digits, a pictogram
# beside each block. The facts are those of the French pages; numbers come
# from the data through { $police }, { $sms }, { $line }, { $child }, never
# written here. Lists are numbered (-1, -2…): add or remove lines freely.
# This file is French only; it is not one of the site's languages.

title-home = Maillage en facile à lire
home-h1 = Trouver de l'aide
home-lead-1 = Quelqu'un vous fait du mal chez vous ?
home-lead-2 = Quelqu'un vous frappe, vous insulte ou vous fait peur ?
home-lead-3 = Ce n'est pas normal.
home-lead-4 = Ce n'est pas votre faute.
home-lead-5 = Vous pouvez demander de l'aide.
danger-h = Vous êtes en danger ?
danger-1 = C'est la police ou la gendarmerie.
danger-2 = Vous ne pouvez pas parler ?
danger-3 = Envoyez un SMS au { $sms }.
talk-h = Vous voulez parler ?
talk-1 = Une personne vous écoute.
talk-2 = Elle vous dit où trouver de l'aide.
talk-free = L'appel est gratuit et n'est pas écrit sur la facture.
talk-always = Vous pouvez appeler jour et nuit.
child = Un enfant est en danger ? Appelez le { $child }.
find-h = Trouver de l'aide près de chez vous
find-lead = Écrivez le nom de votre ville ou votre code postal.
find-label = Votre ville ou votre code postal
find-button = Chercher
witness-h = Vous voyez des violences chez quelqu'un ?
witness-lead = Vous pouvez aider.
witness-link = Lire la page pour les témoins
exit-h = Effacer vos traces
exit-1 = Le bouton « Quitter ce site » ferme ce site tout de suite.
exit-2 = Mais votre téléphone ou votre ordinateur garde la liste des sites visités.
exit-3 = Effacez ce site de cette liste.
exit-4 = Le téléphone garde aussi la liste des appels.
exit-5 = Le { $line } reste dans cette liste : effacez cet appel.
full-site = Lire le site complet
title-place = Aide près de { $place }, en facile à lire
place-h1 = De l'aide près de { $place }
place-lead = Voici des lieux qui peuvent vous aider.
place-none = Nous ne connaissons pas encore de lieu près de chez vous. Appelez le { $line }.
kind-police-name = La police ou la gendarmerie
kind-police-does = Vous pouvez porter plainte : dire à la police ce qui vous est arrivé.
kind-womens-rights-name = Un lieu d'aide pour les droits des femmes (le CIDFF)
kind-womens-rights-does = Des personnes vous expliquent vos droits. C'est gratuit.
kind-victim-support-name = Un lieu d'aide pour les victimes
kind-victim-support-does = Des personnes vous aident, même sans plainte. C'est gratuit.
kind-justice-name = Un lieu pour comprendre la loi
kind-justice-does = Des personnes vous expliquent vos droits. C'est gratuit.
kind-access-to-rights-name = France Services
kind-access-to-rights-does = Des personnes vous aident pour vos papiers.
kind-social-services-name = Le service d'aide de la mairie
kind-social-services-does = La mairie peut vous aider, même en urgence.
call = Appeler le
call-first = Vous pouvez appeler ou y aller.
in-commune = Dans votre ville.
km = À { $d } kilomètres.
place-full = Voir toutes les aides (site complet)
choose-h = Plusieurs villes ont ce nom
choose-lead = Choisissez votre ville :
not-found-h = Nous ne trouvons pas cette ville
not-found-1 = Vérifiez le nom de la ville.
not-found-2 = Ou écrivez votre code postal.
title-witness = Témoin ou proche, en facile à lire
witness-h1 = Vous voyez des violences chez quelqu'un ?
witness-intro-1 = Vous pensez qu'une personne est frappée ou a peur chez elle ?
witness-intro-2 = Vous pouvez l'aider.
witness-intro-3 = Protégez-vous.
witness-danger-h = Quelqu'un est en danger maintenant ?
witness-advice-h = Vous avez besoin de conseils ?
witness-advice-1 = Le { $line } répond aussi à la famille et aux amis.
witness-advice-2 = Une personne vous dit comment aider.
witness-help-h = Aider la personne
witness-help-1 = Écoutez la personne.
witness-help-2 = Dites-lui : je te crois.
witness-help-3 = Dites-lui : ce n'est pas ta faute.
witness-help-4 = Donnez-lui le numéro { $line } en secret.
witness-careful-h = Faire attention
witness-careful-1 = N'allez pas voir la personne violente. Ne lui dites rien.
witness-careful-2 = Laissez la personne décider.
witness-careful-3 = Gardez le secret. N'écrivez rien sur internet.
witness-write-h = Écrire ce que vous voyez
witness-write-1 = Notez la date et l'heure.
witness-write-2 = Notez ce que vous avez vu.
witness-write-3 = Notez ce que vous avez entendu.
witness-write-4 = Cachez ces notes.
witness-full = Lire la page complète pour les témoins
link = Facile à lire

## Interpreter on the 3919
interpreter-3919 = Vous pouvez demander un interprète. Il traduit pour vous.
# For printed cards: 40 characters at most.
interpreter-3919-short = Interprète possible
