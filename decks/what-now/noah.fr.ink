// Un ami se confie : comment répondre sans le juger. Jade, 15 ans, et son ami Noah, 15 ans.
// Chaque fin montre la carte d’aide (# help). Structure identique dans les quatre langues.
# title: Noah se confie à Jade
# phone: jade
# character: jade = Jade
# character: noah = Noah

VAR paid = false
// La ligne à appeler, dans le pays de la séance : pb-scenario fixe les deux à partir des données d’aide du kit
// avant le début de l’histoire (celles de la Belgique sans pays). helpline : la première ligne du pays contre le
// chantage avec une image ; night_line : une ligne de ce pays qui répond la nuit, "" si on n’en connaît aucune.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Dimanche, 22 h 40. Jade, 15 ans, reçoit un message de son ami Noah.
T’es réveillée ? # from: noah
Oui, qu’est-ce qui se passe ? # from: jade
J’ai fait un truc vraiment débile. Je peux le dire à personne # from: noah
Tu peux me le dire, à moi # from: jade
La semaine passée, une fille m’a écrit. Elle avait l’air d’avoir mon âge, super gentille # from: noah # flag: fake-peer
Au bout d’une heure, elle m’a demandé de passer sur une autre appli # from: noah # flag: moving-platform
Elle m’a envoyé une photo d’elle, puis elle m’en a demandé une. J’en ai envoyé une # from: noah # flag: nude-first
Maintenant, elle a une capture de tous mes abonnés. Elle dit qu’elle va envoyer la photo à tout le monde si je paie pas 300 euros avant minuit # from: noah # flag: the-flip # flag: deadline-money
Jade relit le message deux fois. Ce qu’elle va répondre compte. # pause
* [Lui demander pourquoi il a envoyé une photo # response: hurts]
    Sérieux ? Pourquoi t’as envoyé ça ?? # from: jade
    Je le savais. Laisse tomber, j’aurais pas dû te le dire # from: noah
    Noah se sent jugé. Quand on a honte, on arrête souvent de parler, et on se retrouve seul face au problème.
    Pardon, je me suis mal exprimée. C’est pas ta faute. Je suis là # from: jade
    …ok # from: noah
    -> money
* [Le remercier et lui dire que ce n’est pas sa faute # response: helps]
    Merci de me l’avoir dit. C’est pas ta faute # from: jade
    C’est vrai ? J’ai tellement honte # from: noah
    Celui qui fait quelque chose de mal, c’est la personne qui te fait chanter. Pas toi # from: jade
    -> money
* [Lui dire de tout effacer et d’oublier # response: hurts]
    Efface tout et oublie cette histoire # from: jade
    Et si elle l’envoie quand même ? # from: noah
    Tout effacer, c’est perdre les preuves, et la peur ne s’en va pas. D’abord, les captures d’écran.
    En fait, attends. N’efface rien pour l’instant # from: jade
    -> money

=== money ===
J’ai 150 euros d’économies. Si je paie, ça va peut-être s’arrêter ? # from: noah
* [Lui dire de ne pas payer # response: helps]
    Paie pas. Payer, ça garantit rien : souvent ils en redemandent, et la photo est pas effacée pour autant # from: jade
    -> next_step
* [Lui dire de payer pour en finir # response: hurts]
    ~ paid = true
    Paie, peut-être, comme ça ce sera fini ? # from: jade
    Ok… j’envoie l’argent # from: noah
    Dix minutes plus tard, Noah réécrit.
    Maintenant elle veut 200 de plus # from: noah # flag: more-demands
    Payer n’a pas arrêté le chantage. Les maîtres chanteurs en redemandent souvent, et l’argent n’efface pas la photo.
    Paie plus rien. On a besoin d’aide, ce soir # from: jade
    -> next_step

=== next_step ===
Je fais quoi, maintenant ? # from: noah
* [{night_line:Appeler ensemble {night_line}, tout de suite|Appeler ensemble {helpline}, avec un adulte de la maison} # response: helps]
    {night_line:On appelle ensemble {night_line}, tout de suite. Ils répondent même la nuit|{helpline} ne répond peut-être pas la nuit, alors va réveiller ta mère ou ton père, maintenant. Après, tu pourras appeler {helpline} avec eux} # from: jade
    -> tonight
* [Lui dire de réveiller un parent ou un autre adulte à la maison, maintenant # response: helps]
    Tes parents sont là ? Va réveiller ta mère ou ton père, maintenant. Je reste au téléphone pendant que tu lui racontes # from: jade
    -> tonight
* [Demander à voir la photo # response: hurts]
    Envoie-moi la photo, je veux voir si c’est grave # from: jade
    …Non. Je veux pas que quelqu’un d’autre la voie # from: noah
    Demander à voir l’image, ou la faire suivre, c’est la diffuser encore plus. On peut aider un ami sans regarder.
    T’as raison, pardon. Personne n’a besoin de la voir. Mais tu peux pas rester seul avec ça cette nuit. On va chercher de l’aide maintenant # from: jade
    -> tonight
* [Promettre de garder le secret, quoi qu’il arrive # response: hurts]
    Je te promets, je le dirai à personne. Jamais # from: jade
    Noah est soulagé. Mais maintenant, deux jeunes de 15 ans portent quelque chose de trop lourd pour eux, avec une échéance à minuit. Une bonne amie aide aussi à trouver de l’aide.
    En fait… c’est trop gros pour nous deux. On a besoin d’un adulte, ce soir # from: jade
    -> tonight

=== tonight ===
Ça va ? Je t’appelle, et je reste au téléphone avec toi # from: jade
Pas trop. Mais je suis content que tu saches. Ok, appelle-moi # from: noah
Jade appelle. D’abord, elle aide Noah à faire des captures d’écran : les messages de la soi-disant fille, son profil, ce qu’elle exige. Jamais la photo. Ensuite, Noah arrête de lui répondre.
-> ending

=== ending ===
Noah réveille sa mère. Elle vient tout de suite s’asseoir à côté de lui et, avec Jade toujours au téléphone, {night_line:ils appellent ensemble {night_line}|il lui raconte tout}.
{night_line:La personne qui répond les écoute|Sa mère l’écoute} calmement et dit à Noah que ce n’est pas sa faute. {paid:Noah ne paie plus rien|Noah ne paie pas}, garde les captures d’écran, bloque le compte et le signale.
Et à minuit ? Ce que le maître chanteur fera à ce moment-là, ce ne sera pas la faute de Noah. Ne pas payer, c’est le bon choix. Sa mère et {night_line:{night_line}|{helpline}} prennent le relais. # pause
Minuit arrive. Noah n’est plus seul face à ça.
{not (night_line == "") and not (night_line == helpline):Plus tard, ils contactent aussi {helpline}.}
{night_line == "":Plus tard, ils appellent ensemble {helpline}.}
Lundi, ils en parlent aussi à une prof en qui Noah a confiance.
Avant de s’endormir, Noah envoie un message.
Merci d’avoir été là # from: noah
# help
-> END
