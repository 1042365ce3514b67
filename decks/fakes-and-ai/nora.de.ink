// Erpressung um weitere Bilder durch jemanden, den sie kennt (die zweite Form der Online-Erpressung, CEOP
// Thinkuknow): kein Fremder, kein Geld. Nora, 15; Elias, 15, ihr Ex, aus ihrer Klasse; Amira, 15, ihre Freundin.
// Jedes Ende zeigt die Hilfekarte (# help). Dieselbe Struktur in allen vier Sprachen.
# title: Noras Donnerstagabend
# phone: nora
# character: nora = Nora
# character: elias = Elias
# character: amira = Amira

// Was Noras gute Entscheidungen am Ende ändern: Beweise sofort gesichert, eine Freundin eingeweiht, das Konto
// gemeldet, die Hilfe-Hotline angerufen.
VAR screenshots = false
VAR friend = false
VAR reported = false
VAR called = false
VAR refused = false
// Die Hotline im Land der Sitzung: pb-scenario setzt beide vor Beginn der Geschichte aus den Hilfedaten des Kits
// (ohne Land die belgischen). helpline: die erste Anlaufstelle des Landes bei Erpressung mit einem Bild;
// night_line: eine Hotline dieses Landes, die nachts erreichbar ist, "" wenn keine bekannt ist.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Donnerstag, 21:10 Uhr. Nora, 15, macht gerade ihre Hausaufgaben fertig, als Elias ihr schreibt. Er geht in ihre Klasse.
Bis letzten Monat waren die beiden zusammen. Damals hat Nora ihm ein intimes Foto geschickt. Er hat versprochen, dass es unter ihnen bleibt.
Weißt du noch, das Foto, das du mir geschickt hast? Ich hab es noch # from: elias
Jetzt will ich neue. Schick sie mir heute Abend, bis 23 Uhr # from: elias # flag: more-images # deadline
Sonst stell ich das alte in den Klassenchat # from: elias # flag: the-flip
Noras Hände zittern. Sie kennt fast alle in diesem Chat. # pause
* [Zusagen, noch eins zu schicken, damit er sie in Ruhe lässt # response: hurts]
    Okay. Nur eins, und dann löschst du alles # from: nora
    Eins? Nein. Drei, und zwar heute Abend. Sonst sieht die Klasse das alte # from: elias # flag: more-images
    Nachgeben beendet es nicht: Jedes neue Bild gibt ihm noch mehr Druckmittel. Nora darf Nein sagen, auch wenn sie schon einmal etwas geteilt hat. Was Elias tut, ist Erpressung. Die Schuld liegt bei ihm, nicht bei ihr.
    Nora schickt nichts. Sie legt ihr Handy weg und atmet tief durch.
    -> who
* [Den Chat löschen und ihn sofort blockieren # response: hurts]
    Nora öffnet den Chat, um ihn zu löschen. Ihr Daumen liegt schon auf „Löschen“.
    Wer den Chat löscht, vernichtet den Beweis dafür, was Elias geschrieben hat, und er hat das Foto trotzdem noch. Blockieren kommt erst, wenn die Nachrichten gesichert sind.
    Nora hält inne. Sie löscht nichts und macht stattdessen Screenshots.
    ~ screenshots = true
    -> who
* [Screenshots von seinen Nachrichten machen, ohne zu antworten # response: helps]
    ~ screenshots = true
    Nora macht Screenshots: die Nachrichten von Elias, seinen Kontonamen, die Uhrzeit, seine Drohung. Nie das Foto. Sie antwortet nicht.
    ??? Das ist kein Witz # from: elias
    -> who
* [„Nein“ antworten und dann nicht mehr reagieren # response: helps]
    ~ refused = true
    Nein. Ich schick dir gar nichts. Was du machst, ist Erpressung # from: nora
    Das wirst du bereuen # from: elias
    Nora hat jedes Recht, Nein zu sagen, auch wenn sie schon einmal etwas geteilt hat. Sie antwortet nicht mehr: Diskutieren würde ihm nur mehr Angriffsfläche geben.
    -> who

=== who ===
21:40 Uhr. Nora ist allein in ihrem Zimmer. Ihre Mutter sieht unten fern. # pause
* [Runtergehen und es ihrer Mutter sagen, jetzt gleich # response: helps]
    Nora geht nach unten. „Mama, ich muss mit dir reden. Es ist ernst.“
    -> adult
* [Ihrer Freundin Amira schreiben # response: helps]
    ~ friend = true
    Amira, bist du da? Elias erpresst mich mit einem Foto. Er will bis 23 Uhr mehr # from: nora
    Wie schlimm. Das ist nicht deine Schuld, er ist derjenige, der etwas Falsches tut # from: amira
    Wenn er was postet, leite ich es nicht weiter. Ich melde es und sag den anderen, dass sie das auch tun sollen # from: amira
    Aber du solltest damit heute Abend nicht allein sein. Ist deine Mama da? Sag es ihr jetzt, ich bleib am Telefon # from: amira
    Nora geht nach unten, Amira ist noch am Telefon.
    -> adult
* [Es für sich behalten und abwarten, ob er sich traut # response: hurts]
    Nora legt ihr Handy mit dem Bildschirm nach unten hin. Vielleicht blufft er nur. Vielleicht geht das alles von selbst vorbei.
    Allein abzuwarten, während die Zeit läuft, macht die Angst größer, und niemand kann helfen. Davon zu erzählen ist kein Petzen: So hört es auf.
    Um 22:15 Uhr hält sie es nicht mehr aus. Sie geht nach unten zu ihrer Mutter.
    -> adult

=== adult ===
Ihre Mutter hört zu. Sie schreit nicht und stellt keine einzige Frage zum Foto. Sie sagt: „Das ist nicht deine Schuld. Wir kümmern uns gemeinsam darum, heute Abend noch.“
{screenshots:Nora zeigt ihr die Screenshots, die sie schon gemacht hat.|Zuerst machen sie zusammen Screenshots: die Nachrichten von Elias, seinen Kontonamen, seine Drohung. Nie das Foto.}
„Was machen wir jetzt?“, fragt Nora. # pause
* [{night_line:Jetzt gleich mit ihrer Mutter bei {night_line} anrufen|Mit ihrer Mutter den Anruf bei {helpline} vorbereiten} # response: helps]
    ~ called = true
    {night_line:Sie rufen zusammen bei {night_line} an. Dort geht auch nachts jemand ran, hört zu, sagt Nora, dass es nicht ihre Schuld ist, und erklärt, was man als Nächstes tun kann.|{helpline} ist nachts vielleicht nicht erreichbar. Ihre Mutter schreibt auf, was passiert ist, mit den Uhrzeiten, damit sie {helpline} zusammen anrufen können, sobald jemand rangeht.}
    -> ending
* [Das Konto von Elias in der App melden und ihn blockieren, zusammen mit ihrer Mutter # response: helps]
    ~ reported = true
    Zusammen melden sie das Konto von Elias in der App, mit den Screenshots, und blockieren ihn dann. Seine Nachrichten erreichen sie nicht mehr.
    -> ending
* [Die Nachrichten von Elias in den Klassenchat stellen, um es ihm heimzuzahlen # response: hurts]
    Nora fängt eine Nachricht an den Klassenchat an: „Schaut mal, was Elias macht…“
    Zurückschlagen zu wollen, ist verständlich. Aber so landet die Geschichte, und vielleicht das Foto, vor aller Augen: genau das, was Nora vermeiden will. Die App, die Erwachsenen und die Hotlines können ihn stoppen.
    Nora löscht ihren Entwurf. Mit ihrer Mutter meldet sie das Konto von Elias in der App und blockiert ihn.
    ~ reported = true
    -> ending

=== ending ===
{not called and not (night_line == ""):Danach ruft Nora mit ihrer Mutter bei {night_line} an. Dort geht auch nachts jemand ran und sagt ihr, dass es nicht ihre Schuld ist.}
{not reported:Mit ihrer Mutter meldet Nora außerdem das Konto von Elias in der App und blockiert ihn.}
23 Uhr. Nora hat nichts geschickt. # pause
{refused:Ihr klares „Nein“ ist auch auf den Screenshots: Man sieht, dass sie sich geweigert hat.}
Was Elias jetzt tut, verantwortet er, nicht Nora. Nichts zu schicken war richtig. Nora ist damit nicht mehr allein: Ihre Mutter sitzt neben ihr, {night_line:und {night_line} weiß, was man als Nächstes tun kann|und {helpline} hilft ihnen, sobald sie dort jemanden erreichen}.
{friend:Amira schreibt wieder: „Ich bin noch da. Wenn irgendwas im Chat landet, melde ich es, leite es nicht weiter und sag es den anderen.“|Bevor sie schlafen geht, erzählt Nora es Amira. Die Antwort kommt sofort: „Ich bin da. Wenn irgendwas im Chat landet, melde ich es, leite es nicht weiter und sag es den anderen.“}
Wird das Foto irgendwann gepostet, kann man es melden, und die Stellen auf der Hilfekarte helfen dabei, es entfernen zu lassen.
{not (night_line == "") and not (night_line == helpline):Später wenden sie sich auch an {helpline}.}
{night_line == "":Später rufen sie zusammen bei {helpline} an.}
Am Montag erzählen Nora und ihre Mutter es auch in der Schule: Elias ist in ihrer Klasse, und die Schule kann helfen, das zu stoppen. Erpressung ist eine Straftat, auch unter Mitschülern, und ihre Mutter weiß, dass sie Anzeige bei der Polizei erstatten können.
# help
-> END
