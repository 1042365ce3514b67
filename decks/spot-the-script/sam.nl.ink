// Sam (15) en een nep-“meisje van zijn leeftijd”: financiële sextortion, stap voor stap.
// Elk einde toont de hulpkaart (# help). Dezelfde structuur in de vier talen.
// Voorzichtigheid loont één keer: eerst videobellen, dan haar blokkeren, en Sam stapt eruit voor er een foto is (step_out).
# title: Sams zaterdagavond
# phone: sam
# character: sam = Sam
# character: lina = Lina
# character: unknown = Nieuw account
# character: dad = Papa

VAR sent_photo = false
VAR paid = false
VAR has_evidence = true
VAR stepped_out = false
// De lijn om te bellen, in het land van de sessie: pb-scenario zet beide uit de hulpgegevens van de kit voor het
// verhaal begint (die van België zonder land). helpline: de eerste lijn van het land bij afpersing met een beeld;
// night_line: een lijn van dat land die ’s nachts opneemt, "" als er geen bekend is.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

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
* [Naar de andere app gaan # response: hurts]
    Oké, ik ben er # from: sam
    -> other_app
* [Eerst een kort videogesprek voorstellen # response: helps]
    Kunnen we eerst even videobellen? # from: sam
    Mijn camera is kapot, sorry! Kom, daar is het leuker # from: lina # flag: fake-peer
    Geen video, een gloednieuw account, en alles gaat zo snel. Sam twijfelt. # pause
    -> doubt

=== doubt ===
* [Toch naar de andere app gaan # response: hurts]
    Ze lijkt zo lief. Sam volgt haar naar de andere app.
    -> other_app
* [Niet meer antwoorden en haar blokkeren # response: helps]
    -> step_out

=== step_out ===
~ stepped_out = true
Sam antwoordt niet meer en blokkeert “Lina”. Hij heeft het script herkend: een te perfect profiel, alles gaat veel te snel, een andere app, geen video.
Tien minuten later komt er een bericht van een nieuw account.
Mij blokkeren was een fout. Kijk wat ik gemaakt heb met je profielfoto’s # from: unknown # image: Een valse foto van Sam, met AI gemaakt van zijn gewone foto’s. Hij wordt hier niet getoond. # flag: the-flip
100 euro in cadeaubonnen binnen 30 minuten, of al je volgers zien hem # from: unknown # flag: deadline-money
Sams hart bonst. Maar hij kent het script, en hij weet dat die foto vals is: het misdrijf plegen zij, niet hij. Hij antwoordt niet. # pause
-> get_help

=== other_app ===
Op de andere app volgen de berichten elkaar steeds sneller op.
Kan ik je vertrouwen? Ik wil je iets laten zien. Alleen aan jou # from: lina
Alleen voor jou # from: lina # image: Een intieme foto van een meisje, naar Sam gestuurd. Hij wordt hier niet getoond. # flag: nude-first
Nu jij. Dat is toch maar eerlijk? # from: lina # pause
* [Een foto terugsturen]
    ~ sent_photo = true
    Sam twijfelt en stuurt dan een foto. Zij vertrouwde hem tenslotte eerst.
    -> flip
* [Nee zeggen # response: helps]
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
{not sent_photo:
    Sam zei nee, en dat was juist. Ze maakten toch een valse foto: dat bewijst dat zij het misdrijf plegen, niet hij.
}
Sams hart bonst. Hij schaamt zich en voelt zich alleen. Toch heeft hij niets verkeerd gedaan: wie hem afperst, pleegt een misdrijf. # pause
* [Betalen, zodat het stopt # response: hurts]
    -> pay
* [Het gesprek wissen en het account meteen blokkeren # response: hurts]
    -> delete
* [Niet meer antwoorden, screenshots nemen, met een volwassene praten # response: helps]
    -> get_help

=== pay ===
~ paid = true
Sam koopt cadeaubonnen met zijn spaargeld en stuurt de codes door.
Merci. Nu nog 300. Anders ziet iedereen het # from: lina # flag: more-demands
Betalen heeft de afpersing niet gestopt. Dat gebeurt vaak. # pause
* [Opnieuw betalen # response: hurts]
    Sam betaalt opnieuw. Het antwoord komt meteen.
    Goed. Volgende week hetzelfde, anders ziet iedereen het # from: lina # flag: more-demands
    Betalen heeft hem helemaal niet opgelucht. Die avond beslist Sam dat hij dit niet alleen kan dragen.
    -> get_help
* [Stoppen met betalen en met een volwassene praten # response: helps]
    -> get_help

=== delete ===
~ has_evidence = false
Sam wist het hele gesprek en blokkeert het account. Even voelt hij zich opgelucht.
De volgende ochtend krijgt hij een bericht van een ander account.
Dacht je dat je er zo vanaf was? Nu is het 250 # from: unknown # flag: deadline-money
Zonder de berichten heeft Sam geen bewijs meer. Het is niet te laat: hij kan nog altijd hulp vragen. # pause
-> get_help

=== get_help ===
{
- stepped_out:
    Sam neemt screenshots van het nieuwe account: de gebruikersnaam, de berichten, de eis. Niet van de foto zelf.
- has_evidence:
    Sam neemt screenshots van het profiel, de gebruikersnaam, de berichten en de eisen. Niet van de foto zelf.
- else:
    Deze keer neemt Sam screenshots van het nieuwe account: de gebruikersnaam en de berichten. Niet van de foto zelf.
}
{stepped_out:Hij blokkeert ook het nieuwe account en meldt ze allebei.|Daarna antwoordt hij niet meer, blokkeert hij het account en meldt hij het.}
Papa, ben je daar? Ik moet je iets vertellen, en het is moeilijk om te zeggen # from: sam
Ik ben er. Vertel maar # from: dad
Sam vertelt hem alles, in een paar berichten.
Dank je dat je het me vertelt. Het is niet jouw schuld: wie een misdrijf pleegt, is de persoon die je afperst # from: dad
{stepped_out:
    Je zag de val en je bent eruit gestapt. Dat was precies goed # from: dad
}
{paid:We betalen niets meer|We betalen niet}. We houden de screenshots bij, jij antwoordt niet meer, en {night_line:we bellen samen {night_line}, nu meteen|we bellen samen {helpline} zodra ze opnemen} # from: dad
En we dienen ook klacht in bij de politie # from: dad
{not (night_line == "") and not (night_line == helpline):Later nemen ze ook contact op met {helpline}.}
Sam voelt zich lichter. Hij staat er niet meer alleen voor.
# help
-> END
