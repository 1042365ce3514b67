// Sam (15) en een nep-“meisje van zijn leeftijd”: financiële sextortion, stap voor stap.
// Elk einde toont de hulpkaart (# help). Dezelfde structuur in de vier talen.
# title: Sams zaterdagavond
# phone: sam
# character: sam = Sam
# character: lina = Lina
# character: unknown = Nieuw account
# character: dad = Papa

VAR sent_photo = false
VAR paid = false
VAR has_evidence = true

-> start

=== start ===
Zaterdag, 21.12 uur. Sam (15) zit op zijn gsm. Een nieuwe volger: “Lina, 15”.
Drie foto’s, allemaal heel verzorgd, en twaalf volgers. # image: Lina’s profielfoto: een lachend meisje, perfecte huid, perfect licht, zoals in een reclame. # flag: fake-peer
Hey Sam! Ik zag je op het basketbaltoernooi, je was echt goed # from: lina
Hoi… merci! Kennen wij elkaar? # from: sam
Nog niet haha. Ik ben net verhuisd, ik ken hier niemand # from: lina
Twintig minuten later.
Jij bent zoveel grappiger dan de jongens uit mijn klas # from: lina # flag: fast-intimacy
Echt, het voelt alsof ik je al heel lang ken # from: lina
Er staat hier zoveel reclame. Zullen we verder chatten op een andere app? Daar verdwijnen de berichten, dat is meer privé # from: lina # flag: moving-platform
* [Naar de andere app gaan]
    Oké, ik ben er # from: sam
    -> other_app
* [Eerst een kort videogesprek voorstellen]
    Kunnen we eerst even videobellen? # from: sam
    Mijn camera is kapot, sorry! Kom, daar is het leuker # from: lina # flag: fake-peer
    Sam twijfelt. Ze lijkt zo lief. Hij volgt haar naar de andere app.
    -> other_app

=== other_app ===
Op de andere app volgen de berichten elkaar steeds sneller op.
Kan ik je vertrouwen? Ik wil je iets laten zien. Alleen aan jou # from: lina
Alleen voor jou # from: lina # image: Een intieme foto van een meisje, naar Sam gestuurd. Hij wordt hier niet getoond. # flag: nude-first
Nu jij. Dat is toch maar eerlijk? # from: lina # pause
* [Een foto terugsturen]
    ~ sent_photo = true
    Sam twijfelt en stuurt dan een foto. Zij vertrouwde hem tenslotte eerst.
    -> flip
* [Nee zeggen]
    Liever niet # from: sam
    Oké… geen probleem # from: lina
    Een uur later komt er een nieuw bericht binnen.
    -> flip

=== flip ===
{sent_photo:
    Kijk eens wat ik heb # from: lina # image: De foto die Sam stuurde. Hij wordt hier niet getoond.
- else:
    Kijk wat ik gemaakt heb met je profielfoto’s # from: lina # image: Een valse foto van Sam, met AI gemaakt van zijn gewone foto’s. Hij wordt hier niet getoond.
}
En dit zijn al je volgers # from: lina # image: Een screenshot van Sams volgerslijst: zijn vrienden, zijn neven, zijn basketbalploeg. # flag: the-flip
Als je niet betaalt, stuur ik het naar iedereen. Ook naar je school # from: lina
Je hebt 30 minuten. 200 euro in cadeaubonnen # from: lina # flag: deadline-money
Sams hart bonst. Hij schaamt zich en voelt zich alleen. Toch heeft hij niets verkeerd gedaan: wie hem afperst, pleegt een misdrijf. # pause
* [Betalen, zodat het stopt]
    -> pay
* [Het gesprek wissen en het account meteen blokkeren]
    -> delete
* [Niet meer antwoorden, screenshots nemen, met een volwassene praten]
    -> get_help

=== pay ===
~ paid = true
Sam koopt cadeaubonnen met zijn spaargeld en stuurt de codes door.
Merci. Nu nog 300. Anders ziet iedereen het # from: lina # flag: more-demands
Betalen heeft de afpersing niet gestopt. Dat is bijna altijd zo. # pause
* [Opnieuw betalen]
    Sam betaalt opnieuw. Het antwoord komt meteen.
    Goed. Volgende week hetzelfde, anders ziet iedereen het # from: lina # flag: more-demands
    Betalen heeft hem geen rust gebracht. Die avond beslist Sam dat hij dit niet alleen kan dragen.
    -> get_help
* [Stoppen met betalen en met een volwassene praten]
    -> get_help

=== delete ===
~ has_evidence = false
Sam wist het hele gesprek en blokkeert het account. Even voelt hij zich opgelucht.
De volgende ochtend krijgt hij een bericht van een ander account.
Dacht je dat je er zo vanaf was? Nu is het 250 # from: unknown # flag: deadline-money
Zonder de berichten heeft Sam geen bewijs meer. Het is niet te laat: hij kan nog altijd hulp vragen. # pause
-> get_help

=== get_help ===
{has_evidence:
    Sam neemt screenshots van de berichten, het profiel en de eisen.
- else:
    Deze keer neemt Sam screenshots van het nieuwe account en zijn berichten.
}
Daarna antwoordt hij niet meer, blokkeert hij het account en meldt hij het.
Papa, ben je daar? Ik moet je iets vertellen. Het is moeilijk om het hardop te zeggen # from: sam
Ik ben er. Vertel maar # from: dad
Sam vertelt hem alles, in een paar berichten.
Dank je dat je het me vertelt. Het is niet jouw schuld: wie een misdrijf pleegt, is de persoon die je afperst # from: dad
{paid:We betalen niets meer|We betalen niet}. We houden de screenshots bij, jij antwoordt niet meer, en we bellen samen Child Focus # from: dad
Sam voelt zich lichter. Hij staat er niet meer alleen voor.
# help
-> END
