// Sam, 15, und ein falsches „Mädchen in seinem Alter“: finanzielle Sextortion, Schritt für Schritt.
// Jedes Ende zeigt die Hilfekarte (# help). Dieselbe Struktur in allen vier Sprachen.
# title: Sams Samstagabend
# phone: sam
# character: sam = Sam
# character: lina = Lina
# character: unknown = Neues Konto
# character: dad = Papa

VAR sent_photo = false
VAR paid = false
VAR has_evidence = true

-> start

=== start ===
Samstag, 21:12 Uhr. Sam, 15, ist am Handy. Eine neue Followerin: „Lina, 15“.
Drei Fotos, alle sehr perfekt, und zwölf Follower. # image: Linas Profilbild: ein lächelndes Mädchen, perfekte Haut, perfektes Licht, wie in einer Werbung. # flag: fake-peer
Hey Sam! Ich hab dich beim Basketballturnier gesehen, du warst echt gut # from: lina
Hi… danke! Kennen wir uns? # from: sam
Noch nicht haha. Ich bin gerade hergezogen, ich kenn hier niemanden # from: lina
Zwanzig Minuten später.
Du bist so viel lustiger als die Jungs aus meiner Klasse # from: lina # flag: fast-intimacy
Ehrlich, es fühlt sich an, als würde ich dich schon ewig kennen # from: lina
Hier ist so viel Werbung. Wollen wir in einer anderen App weiterschreiben? Da verschwinden die Nachrichten, das ist privater # from: lina # flag: moving-platform
* [In die andere App wechseln]
    Okay, bin da # from: sam
    -> other_app
* [Zuerst einen kurzen Videoanruf vorschlagen]
    Können wir vorher kurz videotelefonieren? # from: sam
    Meine Kamera ist kaputt, sorry! Komm, drüben ist es schöner # from: lina # flag: fake-peer
    Sam zögert. Sie wirkt so nett. Er folgt ihr in die andere App.
    -> other_app

=== other_app ===
In der anderen App kommen die Nachrichten immer schneller.
Kann ich dir vertrauen? Ich will dir was zeigen. Nur dir # from: lina
Nur für dich # from: lina # image: Ein intimes Foto eines Mädchens, an Sam geschickt. Es wird hier nicht gezeigt. # flag: nude-first
Jetzt du. Ist doch nur fair, oder? # from: lina # pause
* [Ein Foto zurückschicken]
    ~ sent_photo = true
    Sam zögert, dann schickt er ein Foto. Sie hat ihm ja zuerst vertraut.
    -> flip
* [Nein sagen]
    Lieber nicht # from: sam
    Okay… kein Problem # from: lina
    Eine Stunde später kommt eine neue Nachricht.
    -> flip

=== flip ===
{sent_photo:
    Schau mal, was ich habe # from: lina # image: Das Foto, das Sam geschickt hat. Es wird hier nicht gezeigt.
- else:
    Schau, was ich aus deinen Profilfotos gemacht habe # from: lina # image: Ein gefälschtes Foto von Sam, mit KI aus seinen ganz normalen Bildern gemacht. Es wird hier nicht gezeigt.
}
Und das sind alle, die dir folgen # from: lina # image: Ein Screenshot von Sams Follower-Liste: seine Freunde, seine Cousins, sein Basketballteam. # flag: the-flip
Wenn du nicht zahlst, schick ich es an alle. Auch an deine Schule # from: lina
Du hast 30 Minuten. 200 Euro in Geschenkkarten # from: lina # flag: deadline-money
Sams Herz rast. Er schämt sich und fühlt sich allein. Dabei hat er nichts falsch gemacht: Wer ihn erpresst, begeht eine Straftat. # pause
* [Zahlen, damit es aufhört]
    -> pay
* [Den Chat löschen und das Konto sofort blockieren]
    -> delete
* [Nicht mehr antworten, Screenshots machen, mit einem Erwachsenen reden]
    -> get_help

=== pay ===
~ paid = true
Sam kauft von seinem Ersparten Geschenkkarten und schickt die Codes.
Danke. Jetzt noch 300. Sonst sehen es alle # from: lina # flag: more-demands
Das Zahlen hat die Erpressung nicht beendet. Das ist fast immer so. # pause
* [Nochmal zahlen]
    Sam zahlt nochmal. Die Antwort kommt sofort.
    Gut. Nächste Woche das Gleiche, sonst sehen es alle # from: lina # flag: more-demands
    Das Zahlen hat ihm keine Ruhe gebracht. An diesem Abend beschließt Sam, dass er das nicht allein tragen kann.
    -> get_help
* [Aufhören zu zahlen und mit einem Erwachsenen reden]
    -> get_help

=== delete ===
~ has_evidence = false
Sam löscht den ganzen Chat und blockiert das Konto. Einen Moment lang fühlt er sich erleichtert.
Am nächsten Morgen schreibt ihm ein anderes Konto.
Dachtest du, du kommst so davon? Jetzt sind es 250 # from: unknown # flag: deadline-money
Ohne die Nachrichten hat Sam keine Beweise mehr. Es ist nicht zu spät: Er kann immer noch Hilfe holen. # pause
-> get_help

=== get_help ===
{has_evidence:
    Sam macht Screenshots von den Nachrichten, dem Profil und den Forderungen.
- else:
    Diesmal macht Sam Screenshots vom neuen Konto und seinen Nachrichten.
}
Dann antwortet er nicht mehr, blockiert das Konto und meldet es.
Papa, bist du da? Ich muss dir was sagen. Es ist schwer, das laut auszusprechen # from: sam
Ich bin da. Erzähl # from: dad
Sam erzählt ihm alles, in ein paar Nachrichten.
Danke, dass du es mir sagst. Es ist nicht deine Schuld: Die Straftat begeht die Person, die dich erpresst # from: dad
{paid:Wir zahlen nichts mehr|Wir zahlen nicht}. Wir behalten die Screenshots, du antwortest ihnen nicht mehr, und wir rufen zusammen Child Focus an # from: dad
Sam fühlt sich leichter. Er ist damit nicht mehr allein.
# help
-> END
