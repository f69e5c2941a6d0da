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
danger-sms = Envoyez un SMS au { $sms }.
talk-h = Vous voulez parler ?
talk-1 = Une personne vous écoute.
talk-2 = Elle vous dit où trouver de l'aide.
talk-free = L'appel est gratuit.
talk-always = Vous pouvez appeler jour et nuit.
child = Un enfant est en danger ?
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
interpreter-3919 = Un interprète peut traduire.
# For printed cards: 40 characters at most.
interpreter-3919-short = Interprète possible

## Vos droits, étape par étape (/facile/vos-droits): the same ids as fr.ftl
rights-title = Vos droits
rights-lead = Quelqu’un de votre couple vous fait du mal ? La loi vous protège. Cette page explique vos droits. Vous êtes en danger maintenant ? Appelez le { $police } ou le { $eu }. Vous ne pouvez pas parler ? Envoyez un SMS au { $sms }.

rights-recognise-h = Est-ce que je vis des violences ?
rights-recognise-p1 = Les violences, ce ne sont pas seulement les coups. Les insultes sont des violences. Les menaces sont des violences. Vous empêcher de voir votre famille, c’est aussi de la violence.
rights-recognise-p2 = Prendre votre argent, c’est de la violence. Vous empêcher de travailler, c’est de la violence. Cacher vos papiers, c’est de la violence. Surveiller votre téléphone, c’est de la violence.
rights-recognise-p3 = La loi punit les coups. La loi punit aussi le mal fait à votre esprit. Elle punit les paroles méchantes répétées qui vous rendent malade. C’est pareil avec un ancien partenaire.
rights-recognise-p4 = Vous n’avez pas dit oui à un acte sexuel ? C’est une agression sexuelle ou un viol. C’est pareil quand vous êtes mariée. Se taire, ce n’est pas dire oui.
rights-recognise-p5 = Les enfants qui voient les violences souffrent aussi. La loi punit plus fort quand un enfant est là.
rights-recognise-who = Vous voulez en parler ? Appelez le { $line }. L’appel est gratuit. Vous n’avez pas besoin de dire votre nom.

rights-complaint-h = Comment porter plainte ?
rights-complaint-p1 = Porter plainte, c’est dire à la police ce qui vous est arrivé. Vous pouvez aller dans n’importe quel commissariat. Vous pouvez aller dans n’importe quelle gendarmerie. La police doit prendre votre plainte.
rights-complaint-p2 = Vous n’avez pas besoin d’un papier du médecin pour porter plainte. Apportez vos photos et vos messages.
rights-complaint-p3 = La police vous donne un papier. Ce papier s’appelle un récépissé. Il prouve que vous avez porté plainte. Gardez-le dans un endroit sûr.
rights-complaint-p4 = Vous pouvez venir avec une personne adulte. Cette personne vous soutient.
rights-complaint-p5 = La main courante n’est pas une plainte. La police écrit ce que vous dites. En général, il n’y a pas d’enquête après une main courante.
rights-complaint-p6 = Vous pouvez aussi écrire une lettre au procureur de la République. Le procureur est un juge qui décide des poursuites. Envoyez la lettre au tribunal.
rights-complaint-who = Vous voulez de l’aide pour porter plainte ? Appelez l’aide aux victimes au { $victims }. C’est gratuit. Vous êtes en danger maintenant ? Appelez le { $police }.

rights-injuries-h = Comment montrer mes blessures ?
rights-injuries-p1 = Allez voir un médecin. Demandez-lui un certificat médical. C’est un papier qui décrit vos blessures. Le médecin ne peut pas refuser.
rights-injuries-p2 = Le médecin écrit aussi si vous êtes très choquée.
rights-injuries-p3 = Après une plainte, la police peut vous envoyer voir un médecin spécial. Ce médecin travaille à l’hôpital. Cet examen est gratuit.
rights-injuries-p4 = Gardez le certificat chez une personne de confiance.
rights-injuries-who = Vous ne savez pas où aller ? Appelez le { $line }.

rights-evidence-h = Comment garder des preuves ?
rights-evidence-p1 = Une preuve montre les violences. Les messages sont des preuves. Les photos de vos blessures sont des preuves. Les papiers du médecin sont des preuves.
rights-evidence-p2 = Écrivez ce qui se passe. Écrivez la date et l’heure.
rights-evidence-p3 = Ne gardez pas les preuves sur un téléphone partagé. Donnez une copie à une personne de confiance.
rights-evidence-p4 = Lisez aussi notre page « Sécurité ». Elle explique comment protéger votre téléphone.
rights-evidence-who = Une association peut garder vos papiers. Le { $line } vous dit où aller.

rights-protection-h = Comment un juge peut-il me protéger ?
rights-protection-p1 = Vous pouvez demander au juge une ordonnance de protection. C’est le juge aux affaires familiales. Vous n’avez pas besoin de porter plainte avant.
rights-protection-p2 = Le juge fixe un jour pour vous écouter. Vous pouvez demander à parler sans l’autre personne. Ensuite, le juge décide en 6 jours au plus.
rights-protection-p3 = Le danger est très grave ? Le juge peut vous protéger dans les 24 heures après votre demande.
rights-protection-p4 = Le juge peut interdire à l’autre personne de vous parler. Le juge peut lui interdire d’avoir une arme. Le juge peut vous laisser le logement. L’autre personne doit alors partir.
rights-protection-p5 = Le juge peut cacher votre adresse. Le juge décide aussi pour les enfants. La protection dure jusqu’à 12 mois. Parfois, elle dure plus longtemps.
rights-protection-p6 = Il existe un téléphone pour appeler les secours très vite. Il s’appelle le téléphone grave danger. Le procureur de la République vous le donne. Vous devez être d’accord.
rights-protection-p7 = Il existe aussi un bracelet pour l’auteur des violences. Il donne l’alerte quand l’auteur s’approche de vous. C’est un juge qui le décide.
rights-protection-p8 = Vous n’avez pas d’argent pour un avocat ? Demandez l’aide juridictionnelle. Avec cette aide, l’État peut payer votre avocat.
rights-protection-who = Vous voulez de l’aide pour votre demande ? Allez au Centre d’information sur les droits des femmes et des familles. On l’appelle aussi le CIDFF. Des personnes y expliquent vos droits. C’est gratuit.

rights-leaving-h = Comment partir de chez moi ?
rights-leaving-p1 = Vous avez le droit de partir pour vous protéger. Ce n’est pas une faute.
rights-leaving-p2 = Vous n’avez pas d’endroit pour dormir ? Appelez le { $shelter }. Il cherche un lieu pour vous, jour et nuit. L’appel est gratuit.
rights-leaving-p3 = Dites à la police que vous partez. Dites pourquoi vous partez.
rights-leaving-p4 = Vous pouvez partir avec vos enfants pour les protéger. Demandez conseil avant de partir.
rights-leaving-p5 = Vous pouvez aussi rester chez vous. Le juge peut faire partir l’autre personne.
rights-leaving-who = Pour dormir cette nuit : appelez le { $shelter }. Pour préparer votre départ : appelez le { $line }.

rights-money-h = Comment avoir de l’argent si je pars ?
rights-money-p1 = Il existe une aide d’urgence pour les victimes. Elle s’appelle l’aide universelle d’urgence. C’est la Caisse d’allocations familiales qui la donne.
rights-money-p2 = Il faut une plainte ou une ordonnance de protection. Ce papier doit avoir moins de 12 mois. Une main courante ne suffit pas.
rights-money-p3 = Vous pouvez la demander même si vous gagnez de l’argent. Vous devez avoir le droit d’habiter en France.
rights-money-p4 = L’argent arrive en 3 à 5 jours. Parfois, vous ne devez pas rendre l’argent. Parfois, c’est un prêt sans frais. L’auteur des violences peut devoir rembourser ce prêt.
rights-money-p5 = Faites la demande sur le site caf.fr. Vous pouvez aussi aller à l’accueil de la Caisse d’allocations familiales.
rights-money-who = Vous voulez de l’aide pour la demande ? Allez à la mairie.

rights-children-h = Et mes enfants ?
rights-children-p1 = Les violences font du mal aux enfants. C’est vrai même s’ils ne sont pas frappés.
rights-children-p2 = Vous êtes inquiète pour un enfant ? Appelez le { $child }. L’appel est gratuit, jour et nuit.
rights-children-p3 = Le juge aux affaires familiales décide où vivent les enfants. Il décide quand l’autre parent peut les voir.
rights-children-p4 = Le juge peut aussi protéger seulement les enfants.
rights-children-who = Un enfant est en danger ? Appelez le { $child }. Le danger est là maintenant ? Appelez le { $police }.

rights-foreign-h = Je ne suis pas française. Ai-je des droits ?
rights-foreign-p1 = Vous pouvez porter plainte même sans papiers.
rights-foreign-p2 = Vous parlez mal le français ? Vous avez droit à un interprète. Un interprète traduit ce que vous dites. Au { $line } aussi, un interprète peut vous aider.
rights-foreign-p3 = Vous avez une ordonnance de protection ? La préfecture doit vous donner une carte de séjour.
rights-foreign-p4 = L’auteur est condamné après votre plainte ? Vous recevez une carte de séjour de 10 ans.
rights-foreign-p5 = Vous avez quitté votre mari français à cause des violences ? Vous pouvez garder votre droit de rester en France. Gardez les preuves des violences.
rights-foreign-who = Vous avez besoin d’aide pour vos papiers ? Allez au Centre d’information sur les droits des femmes et des familles. Pour parler dans votre langue, appelez le { $line }.
rights-contents = Sur cette page
rights-sources = Les textes officiels
rights-near = Près de { $place } : { $kind }
rights-link = Vos droits : porter plainte, être protégée, partir.
rights-meta = Vos droits face aux violences, expliqués simplement.
