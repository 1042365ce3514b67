// Ein Freund vertraut sich dir an: Wie antwortest du, ohne ihm Vorwürfe zu machen? Jade, 15, und ihr Freund Noah, 15.
// Jedes Ende zeigt die Hilfekarte (# help). Dieselbe Struktur in allen vier Sprachen.
# title: Noah vertraut sich Jade an
# phone: jade
# character: jade = Jade
# character: noah = Noah

VAR paid = false
// Die Hotline, die anzurufen ist, im Land der Einheit: pb-scenario setzt beide aus den Hilfedaten des Kits, bevor
// die Geschichte beginnt (die belgischen ohne Land). helpline: die erste Hotline des Landes bei Erpressung mit
// einem Bild; night_line: eine Hotline dieses Landes, die nachts erreichbar ist, "" wenn keine bekannt ist.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Sonntag, 22:40 Uhr. Jade, 15, bekommt eine Nachricht von ihrem Freund Noah.
Bist du noch wach? # from: noah
Ja, was ist los? # from: jade
Ich hab was richtig Dummes gemacht. Ich kann es niemandem erzählen # from: noah
Mir kannst du es erzählen # from: jade
Letzte Woche hat mir ein Mädchen geschrieben. Sie schien so alt wie ich, total nett # from: noah # flag: fake-peer
Nach einer Stunde wollte sie in eine andere App wechseln # from: noah # flag: moving-platform
Sie hat mir ein Foto von sich geschickt und dann eins von mir verlangt. Ich hab eins geschickt # from: noah # flag: nude-first
Jetzt hat sie einen Screenshot von allen meinen Followern. Sie sagt, sie schickt das Foto an alle, wenn ich nicht bis Mitternacht 300 Euro zahle # from: noah # flag: the-flip # flag: deadline-money
Jade liest die Nachricht zweimal. Was sie jetzt antwortet, ist wichtig. # pause
* [Fragen, warum er ein Foto geschickt hat # response: hurts]
    Im Ernst? Warum hast du das geschickt?? # from: jade
    Wusste ich’s doch. Vergiss es, ich hätte es dir nicht sagen sollen # from: noah
    Noah fühlt sich verurteilt. Wer sich schämt, hört oft auf zu reden und steht dann allein da.
    Sorry, das kam falsch rüber. Es ist nicht deine Schuld. Ich bin da # from: jade
    …okay # from: noah
    -> money
* [Ihm danken und sagen, dass es nicht seine Schuld ist # response: helps]
    Danke, dass du es mir erzählst. Es ist nicht deine Schuld # from: jade
    Echt? Ich schäme mich so # from: noah
    Falsch handelt die Person, die dich erpresst. Nicht du # from: jade
    -> money
* [Ihm sagen, er soll alles löschen und vergessen # response: hurts]
    Lösch einfach alles und vergiss es # from: jade
    Und wenn sie es trotzdem verschickt? # from: noah
    Alles zu löschen heißt, die Beweise zu verlieren, und die Angst geht nicht weg. Zuerst kommen Screenshots.
    Warte mal. Lösch noch nichts # from: jade
    -> money

=== money ===
Ich hab 150 Euro gespart. Vielleicht hört es auf, wenn ich zahle? # from: noah
* [Ihm sagen, dass er nicht zahlen soll # response: helps]
    Zahl nicht. Zahlen bringt keine Garantie: Oft wollen die dann noch mehr, und das Foto wird davon auch nicht gelöscht # from: jade
    -> next_step
* [Ihm sagen, er soll zahlen, damit es vorbei ist # response: hurts]
    ~ paid = true
    Vielleicht einfach zahlen, dann ist es vorbei? # from: jade
    Okay… ich schick das Geld # from: noah
    Zehn Minuten später schreibt Noah wieder.
    Jetzt will sie noch 200 # from: noah # flag: more-demands
    Das Zahlen hat es nicht beendet. Erpresser verlangen oft mehr, und mit Geld wird das Foto nicht gelöscht.
    Zahl nichts mehr. Wir brauchen Hilfe, heute Nacht noch # from: jade
    -> next_step

=== next_step ===
Was soll ich jetzt machen? # from: noah
* [{night_line:Zusammen bei {night_line} anrufen, sofort|Zusammen bei {helpline} anrufen, mit einem Erwachsenen zu Hause} # response: helps]
    {night_line:Wir rufen zusammen bei {night_line} an, sofort. Die gehen auch nachts ran|{helpline} ist nachts vielleicht nicht erreichbar, also weck jetzt deine Mutter oder deinen Vater. Dann könnt ihr zusammen bei {helpline} anrufen} # from: jade
    -> tonight
* [Ihm sagen, er soll jetzt ein Elternteil oder einen anderen Erwachsenen zu Hause wecken # response: helps]
    Ist deine Mama oder dein Papa zu Hause? Weck einen von beiden, jetzt gleich. Ich bleib am Telefon, während du es erzählst # from: jade
    -> tonight
* [Darum bitten, das Foto zu sehen # response: hurts]
    Schick mir mal das Foto, ich will sehen, wie schlimm es ist # from: jade
    …Nein. Ich will nicht, dass es noch jemand sieht # from: noah
    Wer darum bittet, das Bild zu sehen, oder es weiterleitet, verbreitet es noch mehr. Man kann einem Freund helfen, ohne hinzuschauen.
    Du hast recht, sorry. Niemand muss es sehen. Aber du sollst damit heute Nacht nicht allein sein. Wir holen uns jetzt Hilfe # from: jade
    -> tonight
* [Versprechen, es geheim zu halten, egal was passiert # response: hurts]
    Ich verspreche es, ich sag es niemandem. Niemals # from: jade
    Noah ist erleichtert. Aber jetzt tragen zwei 15-Jährige etwas, das zu schwer für sie ist, mit einer Frist um Mitternacht. Eine gute Freundin hilft auch, Hilfe zu finden.
    Eigentlich… ist das zu groß für uns zwei. Wir brauchen einen Erwachsenen, heute Nacht noch # from: jade
    -> tonight

=== tonight ===
Bist du okay? Ich ruf dich an und bleib am Telefon # from: jade
Nicht wirklich. Aber ich bin froh, dass du es weißt. Okay, ruf an # from: noah
Jade ruft an. Zuerst hilft sie Noah, Screenshots zu machen: von den Nachrichten des angeblichen Mädchens, ihrem Profil und ihren Forderungen. Nie vom Foto. Danach antwortet Noah ihr nicht mehr.
-> ending

=== ending ===
Noah weckt seine Mutter. Sie setzt sich gleich zu ihm, und mit Jade noch am Telefon {night_line:rufen sie zusammen bei {night_line} an|erzählt er ihr alles}.
{night_line:Die Beraterin hört|Seine Mutter hört} ruhig zu und sagt Noah, dass es nicht seine Schuld ist. {paid:Noah zahlt nichts mehr|Noah zahlt nicht}, behält die Screenshots und blockiert und meldet das Konto.
Und um Mitternacht? Was der Erpresser dann tut, ist nicht Noahs Schuld. Nicht zu zahlen ist die richtige Entscheidung. Seine Mutter und {night_line:{night_line}|{helpline}} kümmern sich um alles Weitere. # pause
Es wird Mitternacht. Noah ist damit nicht mehr allein.
{not (night_line == "") and not (night_line == helpline):Später wenden sie sich auch an {helpline}.}
{night_line == "":Später rufen sie zusammen bei {helpline} an.}
Am Montag erzählen sie es auch einer Lehrerin, der Noah vertraut.
Bevor er schlafen geht, schickt Noah eine Nachricht.
Danke, dass du da warst # from: noah
# help
-> END
