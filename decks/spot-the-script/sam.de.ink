// Sam, 15, und ein falsches „Mädchen in seinem Alter“: finanzielle Sextortion, Schritt für Schritt.
// Jedes Ende zeigt die Hilfekarte (# help). Dieselbe Struktur in allen vier Sprachen.
// Vorsicht zahlt sich einmal aus: erst ein Videoanruf, dann blockieren, und Sam steigt aus, bevor es ein Foto gibt (step_out).
# title: Sams Samstagabend
# phone: sam
# character: sam = Sam
# character: lina = Lina
# character: unknown = Neues Konto
# character: dad = Papa

VAR sent_photo = false
VAR paid = false
VAR has_evidence = true
VAR stepped_out = false
// Die Hotline, die anzurufen ist, im Land der Einheit: pb-scenario setzt beide aus den Hilfedaten des Kits, bevor
// die Geschichte beginnt (die belgischen ohne Land). helpline: die erste Hotline des Landes bei Erpressung mit
// einem Bild; night_line: eine Hotline dieses Landes, die nachts erreichbar ist, "" wenn keine bekannt ist.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Samstag, 21:12 Uhr. Sam, 15, ist am Handy. Eine neue Followerin: „Lina, 15“.
Drei Fotos, alle auffallend perfekt, und zwölf Follower. # image: Linas Profilbild: ein lächelndes Mädchen, perfekte Haut, perfektes Licht, wie in einer Werbung. # flag: fake-peer
Hey Sam! Ich hab dich beim Basketballturnier gesehen, du warst echt gut # from: lina
Hi… danke! Kennen wir uns? # from: sam
Noch nicht haha. Ich bin gerade hergezogen, ich kenn hier niemanden # from: lina
Zwanzig Minuten später.
Du bist so viel lustiger als die Jungs aus meiner Klasse # from: lina # flag: fast-intimacy
Ehrlich, es fühlt sich an, als würde ich dich schon ewig kennen # from: lina
Hier ist so viel Werbung. Wollen wir in einer anderen App weiterschreiben? Da verschwinden die Nachrichten, das ist privater # from: lina # flag: moving-platform
* [In die andere App wechseln # response: hurts]
    Okay, bin da # from: sam
    -> other_app
* [Zuerst einen kurzen Videoanruf vorschlagen # response: helps]
    Können wir vorher kurz videotelefonieren? # from: sam
    Meine Kamera ist kaputt, sorry! Komm, drüben ist es schöner # from: lina # flag: fake-peer
    Kein Video, ein ganz neues Konto, und alles geht so schnell. Sam zögert. # pause
    -> doubt

=== doubt ===
* [Trotzdem in die andere App wechseln # response: hurts]
    Sie wirkt so nett. Sam folgt ihr in die andere App.
    -> other_app
* [Nicht mehr antworten und sie blockieren # response: helps]
    -> step_out

=== step_out ===
~ stepped_out = true
Sam antwortet nicht mehr und blockiert „Lina“. Er hat das Drehbuch durchschaut: ein zu perfektes Profil, alles viel zu schnell, eine andere App, kein Video.
Zehn Minuten später kommt eine Nachricht von einem neuen Konto.
Mich zu blockieren war ein Fehler. Schau, was ich aus deinen Profilfotos gemacht habe # from: unknown # image: Ein gefälschtes Foto von Sam, mit KI aus seinen ganz normalen Bildern gemacht. Es wird hier nicht gezeigt. # flag: the-flip
100 Euro in Geschenkkarten in 30 Minuten, sonst sehen es alle deine Follower # from: unknown # flag: deadline-money
Sams Herz rast. Aber er kennt das Drehbuch, und er weiß, dass das Bild gefälscht ist: Die Straftat begehen sie, nicht er. Er antwortet nicht. # pause
-> get_help

=== other_app ===
In der anderen App kommen die Nachrichten immer schneller.
Kann ich dir vertrauen? Ich will dir was zeigen. Nur dir # from: lina
Nur für dich # from: lina # image: Ein intimes Foto eines Mädchens, an Sam geschickt. Es wird hier nicht gezeigt. # flag: nude-first
Jetzt du. Ist doch nur fair, oder? # from: lina # pause
* [Ein Foto zurückschicken]
    ~ sent_photo = true
    Sam zögert, dann schickt er ein Foto. Sie hat ihm ja zuerst vertraut.
    -> flip
* [Nein sagen # response: helps]
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
{not sent_photo:
    Sam hat Nein gesagt, und das war richtig. Sie haben trotzdem ein gefälschtes Bild gemacht: Das zeigt, dass die Straftat von ihnen ausgeht, nicht von ihm.
}
Sams Herz rast. Er schämt sich und fühlt sich allein. Dabei hat er nichts falsch gemacht: Wer ihn erpresst, begeht eine Straftat. # pause
* [Zahlen, damit es aufhört # response: hurts]
    -> pay
* [Den Chat löschen und das Konto sofort blockieren # response: hurts]
    -> delete
* [Nicht mehr antworten, Screenshots machen, mit einem Erwachsenen reden # response: helps]
    -> get_help

=== pay ===
~ paid = true
Sam kauft von seinem Ersparten Geschenkkarten und schickt die Codes.
Danke. Jetzt noch 300. Sonst sehen es alle # from: lina # flag: more-demands
Das Zahlen hat die Erpressung nicht beendet. Das passiert oft. # pause
* [Nochmal zahlen # response: hurts]
    Sam zahlt nochmal. Die Antwort kommt sofort.
    Gut. Nächste Woche das Gleiche, sonst sehen es alle # from: lina # flag: more-demands
    Das Zahlen hat ihn kein bisschen erleichtert. An diesem Abend beschließt Sam, dass er das nicht allein tragen kann.
    -> get_help
* [Aufhören zu zahlen und mit einem Erwachsenen reden # response: helps]
    -> get_help

=== delete ===
~ has_evidence = false
Sam löscht den ganzen Chat und blockiert das Konto. Einen Moment lang fühlt er sich erleichtert.
Am nächsten Morgen schreibt ihm ein anderes Konto.
Dachtest du, du kommst so davon? Jetzt sind es 250 # from: unknown # flag: deadline-money
Ohne die Nachrichten hat Sam keine Beweise mehr. Es ist nicht zu spät: Er kann immer noch Hilfe holen. # pause
-> get_help

=== get_help ===
{
- stepped_out:
    Sam macht Screenshots vom neuen Konto: Benutzername, Nachrichten, Forderung. Nicht vom Bild selbst.
- has_evidence:
    Sam macht Screenshots vom Profil, vom Benutzernamen, von den Nachrichten und den Forderungen. Nicht vom Foto selbst.
- else:
    Diesmal macht Sam Screenshots vom neuen Konto: Benutzername und Nachrichten. Nicht vom Foto selbst.
}
{stepped_out:Er blockiert auch das neue Konto und meldet beide.|Dann antwortet er nicht mehr, blockiert das Konto und meldet es.}
Papa, bist du da? Ich muss dir was sagen, und es fällt mir schwer # from: sam
Ich bin da. Erzähl # from: dad
Sam erzählt ihm alles, in ein paar Nachrichten.
Danke, dass du es mir sagst. Es ist nicht deine Schuld: Die Straftat begeht die Person, die dich erpresst # from: dad
{stepped_out:
    Du hast die Falle erkannt und bist ausgestiegen. Genau richtig # from: dad
}
{paid:Wir zahlen nichts mehr|Wir zahlen nicht}. Wir behalten die Screenshots, du antwortest ihnen nicht mehr, und {night_line:wir rufen zusammen bei {night_line} an, jetzt gleich|wir rufen zusammen bei {helpline} an, sobald sie erreichbar sind} # from: dad
Und wir erstatten auch Anzeige bei der Polizei # from: dad
{not (night_line == "") and not (night_line == helpline):Später wenden sie sich auch an {helpline}.}
Sam fühlt sich leichter. Er ist damit nicht mehr allein.
# help
-> END
