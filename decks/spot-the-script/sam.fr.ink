// Sam, 15 ans, et une fausse « fille de son âge » : la sextorsion financière, étape par étape.
// Chaque fin montre la carte d’aide (# help). Structure identique dans les quatre langues.
// La prudence paie une fois : un appel vidéo d’abord, puis la bloquer, et Sam sort avant toute photo (step_out).
# title: La soirée de Sam
# phone: sam
# character: sam = Sam
# character: lina = Lina
# character: unknown = Nouveau compte
# character: dad = Papa

VAR sent_photo = false
VAR paid = false
VAR has_evidence = true
VAR stepped_out = false
// La ligne à appeler, dans le pays de la séance : pb-scenario fixe les deux à partir des données d’aide du kit
// avant le début de l’histoire (celles de la Belgique sans pays). helpline : la première ligne du pays contre le
// chantage avec une image ; night_line : une ligne de ce pays qui répond la nuit, "" si on n’en connaît aucune.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Samedi, 21 h 12. Sam, 15 ans, est sur son GSM. Une nouvelle abonnée : « Lina, 15 ans ».
Trois photos, toutes très soignées, et douze abonnés. # image: La photo de profil de Lina : une fille souriante, peau parfaite, lumière parfaite, comme dans une pub. # flag: fake-peer
Coucou Sam ! Je t’ai vu au tournoi de basket, t’étais trop fort # from: lina
Salut… merci ! On se connaît ? # from: sam
Pas encore haha. Je viens de déménager, je connais personne ici # from: lina
Vingt minutes plus tard.
T’es tellement plus drôle que les garçons de ma classe # from: lina # flag: fast-intimacy
Franchement, j’ai l’impression de te connaître depuis toujours # from: lina
Y a trop de pubs ici. On continue sur une autre appli ? Les messages s’effacent, c’est plus privé # from: lina # flag: moving-platform
* [Aller sur l’autre appli # response: hurts]
    OK, j’y suis # from: sam
    -> other_app
* [Proposer d’abord un petit appel vidéo # response: helps]
    On peut faire un petit appel vidéo d’abord ? # from: sam
    Ma caméra est cassée, désolée ! Allez, c’est mieux là-bas # from: lina # flag: fake-peer
    Pas de vidéo, un compte tout neuf, et tout va si vite. Sam hésite. # pause
    -> doubt

=== doubt ===
* [Aller quand même sur l’autre appli # response: hurts]
    Elle a l’air si gentille. Sam la rejoint sur l’autre appli.
    -> other_app
* [Ne plus lui répondre et la bloquer # response: helps]
    -> step_out

=== step_out ===
~ stepped_out = true
Sam ne répond plus et bloque « Lina ». Il a repéré le scénario : un profil trop parfait, une relation qui s’emballe, une autre appli, pas de vidéo.
Dix minutes plus tard, un message arrive d’un nouveau compte.
Me bloquer, c’était une erreur. Regarde ce que j’ai fait avec tes photos de profil # from: unknown # image: Une fausse photo de Sam, fabriquée par IA à partir de ses photos ordinaires. Elle n’est pas montrée ici. # flag: the-flip
100 euros en cartes cadeaux dans les 30 minutes, sinon tous tes abonnés la voient # from: unknown # flag: deadline-money
Le cœur de Sam bat à toute vitesse. Mais il connaît le scénario, et il sait que cette image est fausse : le délit, c’est eux qui le commettent, pas lui. Il ne répond pas. # pause
-> get_help

=== other_app ===
Sur l’autre appli, les messages s’enchaînent de plus en plus vite.
Je peux te faire confiance ? Je veux te montrer un truc. Rien qu’à toi # from: lina
Rien que pour toi # from: lina # image: Une photo intime d’une fille, envoyée à Sam. Elle n’est pas montrée ici. # flag: nude-first
À toi maintenant. C’est normal, non ? # from: lina # pause
* [Renvoyer une photo]
    ~ sent_photo = true
    Sam hésite, puis envoie une photo. Après tout, elle lui a fait confiance la première.
    -> flip
* [Dire non # response: helps]
    Je préfère pas # from: sam
    Ok… pas de souci # from: lina
    Une heure plus tard, un nouveau message arrive.
    -> flip

=== flip ===
{sent_photo:
    Regarde ce que j’ai # from: lina # image: La photo que Sam a envoyée. Elle n’est pas montrée ici.
- else:
    Regarde ce que j’ai fait avec tes photos de profil # from: lina # image: Une fausse photo de Sam, fabriquée par IA à partir de ses photos ordinaires. Elle n’est pas montrée ici.
}
Et voilà tous ceux qui te suivent # from: lina # image: Une capture d’écran de la liste des abonnés de Sam : ses amis, ses cousins, son équipe de basket. # flag: the-flip
Si tu paies pas, je l’envoie à tout le monde. À ton école aussi # from: lina
T’as 30 minutes. 200 euros en cartes cadeaux # from: lina # flag: deadline-money
{not sent_photo:
    Sam a dit non, et il a eu raison. Ils ont quand même fabriqué une fausse image : la preuve que le délit, c’est eux qui le commettent, pas lui.
}
Le cœur de Sam bat à toute vitesse. Il a honte, il se sent seul. Pourtant, il n’a rien fait de mal : celui qui le fait chanter commet un délit. # pause
* [Payer, pour que ça s’arrête # response: hurts]
    -> pay
* [Effacer la conversation et bloquer le compte tout de suite # response: hurts]
    -> delete
* [Ne plus répondre, faire des captures d’écran, parler à un adulte # response: helps]
    -> get_help

=== pay ===
~ paid = true
Sam achète des cartes cadeaux avec ses économies et envoie les codes.
Merci. Maintenant, 300 de plus. Sinon tout le monde la voit # from: lina # flag: more-demands
Payer n’a pas arrêté le chantage. Ça arrive souvent. # pause
* [Payer encore # response: hurts]
    Sam paie encore. La réponse arrive aussitôt.
    Bien. La même chose la semaine prochaine, sinon tout le monde la voit # from: lina # flag: more-demands
    Payer ne l’a pas du tout soulagé. Ce soir-là, Sam décide qu’il ne peut pas porter ça tout seul.
    -> get_help
* [Arrêter de payer et parler à un adulte # response: helps]
    -> get_help

=== delete ===
~ has_evidence = false
Sam efface toute la conversation et bloque le compte. Pendant un moment, il se sent soulagé.
Le lendemain matin, un autre compte lui écrit.
Tu croyais t’en sortir comme ça ? Maintenant c’est 250 # from: unknown # flag: deadline-money
Sans les messages, Sam n’a plus de preuves. Il n’est pas trop tard : il peut encore demander de l’aide. # pause
-> get_help

=== get_help ===
{
- stepped_out:
    Sam fait des captures d’écran du nouveau compte : son pseudo, ses messages, sa demande d’argent. Pas de l’image elle-même.
- has_evidence:
    Sam fait des captures d’écran du profil, du pseudo, des messages et des demandes d’argent. Pas de la photo elle-même.
- else:
    Cette fois, Sam fait des captures d’écran du nouveau compte : son pseudo et ses messages. Pas de la photo elle-même.
}
{stepped_out:Il bloque aussi le nouveau compte, et signale les deux.|Ensuite, il arrête de répondre, bloque le compte et le signale.}
Papa, t’es là ? Je dois te dire un truc, et c’est dur à dire # from: sam
Je suis là. Dis-moi # from: dad
Sam lui raconte tout, en quelques messages.
Merci de me l’avoir dit. Ce n’est pas ta faute : celui qui commet un délit, c’est la personne qui te fait chanter # from: dad
{stepped_out:
    Tu as repéré le piège et tu t’en es sorti. C’était exactement ce qu’il fallait faire # from: dad
}
{paid:On ne paie plus rien|On ne paie pas}. On garde les captures, tu ne leur réponds plus, et {night_line:on appelle ensemble {night_line}, tout de suite|on appelle ensemble {helpline} dès qu’ils répondent} # from: dad
Et on va aussi porter plainte à la police # from: dad
{not (night_line == "") and not (night_line == helpline):Plus tard, ils contactent aussi {helpline}.}
Sam se sent plus léger. Il n’est plus seul avec ça.
# help
-> END
