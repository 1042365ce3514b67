// Chantage pour obtenir d’autres photos, par quelqu’un qu’elle connaît (la deuxième forme de chantage en ligne,
// CEOP Thinkuknow) : pas un inconnu, pas pour de l’argent. Nora, 15 ans ; Elias, 15 ans, son ex, dans sa classe ;
// Amira, 15 ans, son amie. Chaque fin montre la carte d’aide (# help). Structure identique dans les quatre langues.
# title: Le jeudi soir de Nora
# phone: nora
# character: nora = Nora
# character: elias = Elias
# character: amira = Amira

// Ce que les bons choix de Nora changent à la fin : les preuves gardées tout de suite, une amie mise au courant, le
// compte signalé, la ligne d’aide appelée.
VAR screenshots = false
VAR friend = false
VAR reported = false
VAR called = false
VAR refused = false
// La ligne à appeler, dans le pays de la séance : pb-scenario fixe les deux à partir des données d’aide du kit
// avant le début de l’histoire (celles de la Belgique sans pays). helpline : la première ligne du pays contre le
// chantage avec une image ; night_line : une ligne de ce pays qui répond la nuit, "" si on n’en connaît aucune.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Jeudi, 21 h 10. Nora, 15 ans, termine ses devoirs quand Elias lui écrit. Il est dans sa classe.
Ils sont sortis ensemble jusqu’au mois passé. À l’époque, Nora lui a envoyé une photo intime. Il avait promis qu’elle resterait entre eux.
Tu te souviens de la photo que tu m’as envoyée ? Je l’ai gardée # from: elias
Maintenant j’en veux des nouvelles. Tu me les envoies ce soir, avant 23 h # from: elias # flag: more-images # deadline
Sinon je mets l’ancienne dans le groupe de la classe # from: elias # flag: the-flip
Nora a les mains qui tremblent. Elle connaît presque tout le monde dans ce groupe. # pause
* [Accepter d’en envoyer une dernière, pour qu’il la laisse tranquille # response: hurts]
    Ok. Une seule, et après tu effaces tout # from: nora
    Une ? Non. Trois, et ce soir. Sinon la classe voit l’ancienne # from: elias # flag: more-images
    Céder ne fait pas cesser le chantage : chaque nouvelle photo lui donne un moyen de pression en plus. Nora a le droit de dire non, même si elle a déjà partagé une photo. Ce que fait Elias, c’est du chantage. C’est sa faute à lui, pas la sienne.
    Nora n’envoie rien. Elle pose son GSM et respire un grand coup.
    -> who
* [Supprimer la conversation et le bloquer tout de suite # response: hurts]
    Nora ouvre la conversation pour la supprimer. Son pouce est déjà sur « Supprimer ».
    Supprimer la conversation efface la preuve de ce qu’Elias a écrit, et lui a toujours la photo. On bloque une fois les messages sauvegardés.
    Nora s’arrête. Elle ne supprime rien, et fait plutôt des captures d’écran.
    ~ screenshots = true
    -> who
* [Faire des captures d’écran de ses messages, sans répondre # response: helps]
    ~ screenshots = true
    Nora fait des captures d’écran : les messages d’Elias, le nom de son compte, l’heure, sa menace. Jamais la photo. Elle ne répond pas.
    ??? Je rigole pas # from: elias
    -> who
* [Répondre « Non », puis ne plus répondre # response: helps]
    ~ refused = true
    Non. Je t’enverrai rien. Ce que tu fais, c’est du chantage # from: nora
    Tu vas le regretter # from: elias
    Nora a parfaitement le droit de dire non, même si elle a déjà partagé une photo. Elle ne répond plus : discuter lui donnerait seulement de quoi insister.
    -> who

=== who ===
21 h 40. Nora est seule dans sa chambre. Sa mère regarde la télé en bas. # pause
* [Descendre et le dire à sa mère, maintenant # response: helps]
    Nora descend. « Maman, il faut que je te parle. C’est grave. »
    -> adult
* [Écrire à son amie Amira # response: helps]
    ~ friend = true
    Amira, t’es là ? Elias me fait du chantage avec une photo. Il en veut d’autres avant 23 h # from: nora
    C’est horrible. C’est pas ta faute, c’est lui qui fait quelque chose de mal # from: amira
    S’il poste quoi que ce soit, je le transfère pas. Je le signale et je dis aux autres de faire pareil # from: amira
    Mais tu dois pas rester seule avec ça ce soir. Ta mère est là ? Va lui dire maintenant, je reste au téléphone # from: amira
    Nora descend, avec Amira toujours au téléphone.
    -> adult
* [Garder ça pour elle et attendre de voir s’il ose # response: hurts]
    Nora retourne son GSM, écran contre la table. Il bluffe peut-être. Peut-être que tout ça va passer.
    Attendre seule pendant qu’un délai court, ça fait grandir la peur, et personne ne peut aider. En parler, ce n’est pas balancer : c’est comme ça que ça s’arrête.
    À 22 h 15, elle n’en peut plus. Elle descend voir sa mère.
    -> adult

=== adult ===
Sa mère l’écoute. Elle ne crie pas et ne pose aucune question sur la photo. Elle dit : « Ce n’est pas ta faute. On va s’en occuper ensemble, ce soir. »
{screenshots:Nora lui montre les captures d’écran qu’elle a déjà faites.|D’abord, elles font ensemble des captures d’écran : les messages d’Elias, le nom de son compte, sa menace. Jamais la photo.}
« On fait quoi, maintenant ? » demande Nora. # pause
* [{night_line:Appeler {night_line} avec sa mère, tout de suite|Préparer avec sa mère l’appel à {helpline}} # response: helps]
    ~ called = true
    {night_line:Elles appellent ensemble {night_line}. Quelqu’un répond même la nuit, les écoute, dit à Nora que ce n’est pas sa faute et explique ce qu’on peut faire ensuite.|{helpline} ne répond peut-être pas la nuit. Sa mère note ce qui s’est passé, avec les heures, pour appeler {helpline} ensemble dès qu’on y répond.}
    -> ending
* [Signaler le compte d’Elias dans l’appli et le bloquer, avec sa mère # response: helps]
    ~ reported = true
    Ensemble, elles signalent le compte d’Elias dans l’appli, avec les captures d’écran, puis elles le bloquent. Ses messages ne peuvent plus l’atteindre.
    -> ending
* [Poster les messages d’Elias dans le groupe de la classe, pour se venger # response: hurts]
    Nora commence un message pour le groupe de la classe : « Regardez ce que fait Elias… »
    Avoir envie de riposter, ça se comprend. Mais ça met l’histoire, et peut-être la photo, sous les yeux de tout le monde : exactement ce que Nora veut éviter. L’appli, les adultes et les lignes d’aide peuvent l’arrêter.
    Nora efface son brouillon. Avec sa mère, elle signale le compte d’Elias dans l’appli et le bloque.
    ~ reported = true
    -> ending

=== ending ===
{not called and not (night_line == ""):Ensuite, avec sa mère, Nora appelle {night_line}. Quelqu’un répond même la nuit et lui dit que ce n’est pas sa faute.}
{not reported:Avec sa mère, Nora signale aussi le compte d’Elias dans l’appli et le bloque.}
23 h. Nora n’a rien envoyé. # pause
{refused:Son « Non » bien clair est aussi sur les captures d’écran : on voit qu’elle a refusé.}
Ce qu’Elias fera maintenant, c’est sa responsabilité à lui, pas celle de Nora. Ne rien envoyer, c’était le bon choix. Nora n’est plus seule avec ça : sa mère est à côté d’elle, {night_line:et {night_line} sait ce qu’on peut faire ensuite|et {helpline} les aidera dès qu’elles l’auront joint}.
{friend:Amira réécrit : « Je suis toujours là. Si quelque chose arrive dans le groupe, je le signale, je le transfère pas et je le dis aux autres. »|Avant de dormir, Nora le raconte à Amira. La réponse arrive tout de suite : « Je suis là. Si quelque chose arrive dans le groupe, je le signale, je le transfère pas et je le dis aux autres. »}
Si la photo est un jour postée, on peut la signaler, et les services de la carte d’aide aident à essayer de la faire retirer.
{not (night_line == "") and not (night_line == helpline):Plus tard, elles contactent aussi {helpline}.}
{night_line == "":Plus tard, elles appellent ensemble {helpline}.}
Lundi, Nora et sa mère en parlent aussi à l’école : Elias est dans sa classe, et l’école peut aider à faire cesser ça. Le chantage est un délit, même entre élèves, et sa mère sait qu’elles peuvent porter plainte à la police.
# help
-> END
