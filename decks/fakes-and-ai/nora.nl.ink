// Chantage om nog meer foto’s te krijgen, door iemand die ze kent (de tweede vorm van online chantage, CEOP
// Thinkuknow): geen onbekende, niet voor geld. Nora, 15; Elias, 15, haar ex, uit haar klas; Amira, 15, haar
// vriendin. Elk einde toont de hulpkaart (# help). Dezelfde structuur in de vier talen.
# title: Nora’s donderdagavond
# phone: nora
# character: nora = Nora
# character: elias = Elias
# character: amira = Amira

// Wat Nora’s goede keuzes op het einde veranderen: meteen bewijs bewaard, een vriendin op de hoogte, het account
// gemeld, de hulplijn gebeld.
VAR screenshots = false
VAR friend = false
VAR reported = false
VAR called = false
VAR refused = false
// De lijn om te bellen, in het land van de sessie: pb-scenario zet ze allebei vóór het verhaal begint, uit de
// hulpgegevens van de kit (die van België zonder land). helpline: de eerste lijn van het land bij chantage met een
// beeld; night_line: een lijn van dat land die ’s nachts opneemt, "" als er geen gekend is.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Donderdag, 21.10 uur. Nora, 15, maakt haar huiswerk af als Elias haar een bericht stuurt. Hij zit in haar klas.
Tot vorige maand hadden ze iets samen. Toen heeft Nora hem een intieme foto gestuurd. Hij beloofde dat die tussen hen zou blijven.
Weet je nog, die foto die je me stuurde? Ik heb hem nog # from: elias
Nu wil ik nieuwe. Stuur ze vanavond, voor 23 uur # from: elias # flag: more-images # deadline
Anders zet ik de oude in de klasgroep # from: elias # flag: the-flip
Nora’s handen trillen. Ze kent bijna iedereen in die groep. # pause
* [Toezeggen dat ze er nog één stuurt, zodat hij haar met rust laat # response: hurts]
    Oké. Eentje, en dan wis je alles # from: nora
    Eentje? Nee. Drie, en vanavond nog. Anders ziet de klas de oude # from: elias # flag: more-images
    Toegeven maakt er geen einde aan: elke nieuwe foto geeft hem nog meer om mee te dreigen. Nora mag nee zeggen, ook al heeft ze eerder iets gedeeld. Wat Elias doet, is chantage. Dat is zijn schuld, niet de hare.
    Nora stuurt niets. Ze legt haar gsm weg en haalt diep adem.
    -> who
* [Het gesprek wissen en hem meteen blokkeren # response: hurts]
    Nora opent het gesprek om het te wissen. Haar duim hangt al boven ‘Verwijderen’.
    Wie het gesprek wist, gooit het bewijs weg van wat Elias schreef, en hij heeft de foto nog altijd. Blokkeren doe je pas als de berichten bewaard zijn.
    Nora stopt. Ze wist niets en neemt in de plaats screenshots.
    ~ screenshots = true
    -> who
* [Screenshots nemen van zijn berichten, zonder te antwoorden # response: helps]
    ~ screenshots = true
    Nora neemt screenshots: de berichten van Elias, zijn accountnaam, het uur, zijn dreigement. Nooit de foto. Ze antwoordt niet.
    ??? Ik meen het # from: elias
    -> who
* [‘Nee’ antwoorden en daarna niet meer reageren # response: helps]
    ~ refused = true
    Nee. Ik stuur je niets. Wat jij doet, is chantage # from: nora
    Daar ga je spijt van krijgen # from: elias
    Nora heeft het volste recht om nee te zeggen, ook al heeft ze eerder iets gedeeld. Ze reageert niet meer: discussiëren geeft hem alleen een reden om door te drammen.
    -> who

=== who ===
21.40 uur. Nora zit alleen op haar kamer. Haar mama kijkt beneden tv. # pause
* [Naar beneden gaan en het nu aan haar mama vertellen # response: helps]
    Nora gaat naar beneden. ‘Mama, ik moet met je praten. Het is ernstig.’
    -> adult
* [Een bericht sturen naar haar vriendin Amira # response: helps]
    ~ friend = true
    Amira, ben je daar? Elias chanteert me met een foto. Hij wil er meer, voor 23 uur # from: nora
    Wat erg. Het is niet jouw schuld, hij is degene die fout bezig is # from: amira
    Als hij iets post, stuur ik het niet door. Ik meld het en ik zeg tegen de anderen dat ze hetzelfde moeten doen # from: amira
    Maar je mag hier vanavond niet alleen mee zitten. Is je mama thuis? Ga het haar nu zeggen, ik blijf aan de lijn # from: amira
    Nora gaat naar beneden, met Amira nog aan de lijn.
    -> adult
* [Het voor zich houden en afwachten of hij het echt durft # response: hurts]
    Nora legt haar gsm met het scherm naar beneden. Misschien bluft hij. Misschien waait het wel over.
    Alleen afwachten terwijl de tijd loopt, maakt de angst groter, en niemand kan helpen. Erover praten is niet verklikken: zo stopt het.
    Om 22.15 uur houdt ze het niet meer. Ze gaat naar beneden, naar haar mama.
    -> adult

=== adult ===
Haar mama luistert. Ze roept niet en stelt geen enkele vraag over de foto. Ze zegt: ‘Het is niet jouw schuld. We lossen dit samen op, vanavond nog.’
{screenshots:Nora toont haar de screenshots die ze al genomen heeft.|Eerst nemen ze samen screenshots: de berichten van Elias, zijn accountnaam, zijn dreigement. Nooit de foto.}
‘Wat doen we nu?’ vraagt Nora. # pause
* [{night_line:Nu meteen met haar mama naar {night_line} bellen|Met haar mama het telefoontje naar {helpline} voorbereiden} # response: helps]
    ~ called = true
    {night_line:Ze bellen samen naar {night_line}. Daar neemt iemand ’s nachts op, luistert, zegt tegen Nora dat het niet haar schuld is en legt uit wat er nu kan gebeuren.|{helpline} neemt ’s nachts misschien niet op. Haar mama schrijft op wat er gebeurd is, met de uren erbij, zodat ze {helpline} samen kunnen bellen zodra er iemand opneemt.}
    -> ending
* [Het account van Elias melden in de app en hem blokkeren, samen met haar mama # response: helps]
    ~ reported = true
    Samen melden ze het account van Elias in de app, met de screenshots, en daarna blokkeren ze hem. Zijn berichten kunnen haar niet meer bereiken.
    -> ending
* [De berichten van Elias in de klasgroep zetten, om wraak te nemen # response: hurts]
    Nora begint aan een bericht voor de klasgroep: ‘Kijk wat Elias aan het doen is…’
    Terug willen slaan is begrijpelijk. Maar zo komt het verhaal, en misschien de foto, onder ieders ogen: precies wat Nora wil vermijden. De app, de volwassenen en de hulplijnen kunnen hem tegenhouden.
    Nora wist haar bericht. Samen met haar mama meldt ze het account van Elias in de app en blokkeert ze hem.
    ~ reported = true
    -> ending

=== ending ===
{not called and not (night_line == ""):Daarna belt Nora samen met haar mama naar {night_line}. Daar neemt iemand ’s nachts op en zegt tegen haar dat het niet haar schuld is.}
{not reported:Samen met haar mama meldt Nora ook het account van Elias in de app en blokkeert ze hem.}
23 uur. Nora heeft niets gestuurd. # pause
{refused:Haar duidelijke ‘Nee’ staat ook op de screenshots: zo is te zien dat ze geweigerd heeft.}
Wat Elias nu doet, is zijn verantwoordelijkheid, niet die van Nora. Niets sturen was de juiste keuze. Nora staat er niet meer alleen voor: haar mama zit naast haar, {night_line:en {night_line} weet wat er nu kan gebeuren|en {helpline} helpt hen zodra ze er iemand aan de lijn krijgen}.
{friend:Amira schrijft opnieuw: ‘Ik ben er nog. Als er iets in de groep komt, meld ik het, stuur ik het niet door en zeg ik het tegen de anderen.’|Voor ze gaat slapen, vertelt Nora het aan Amira. Die antwoordt meteen: ‘Ik ben er. Als er iets in de groep komt, meld ik het, stuur ik het niet door en zeg ik het tegen de anderen.’}
Als de foto ooit gepost wordt, kan je hem melden, en de diensten op de hulpkaart helpen om te proberen hem te laten verwijderen.
{not (night_line == "") and not (night_line == helpline):Later contacteren ze ook {helpline}.}
{night_line == "":Later bellen ze samen naar {helpline}.}
Maandag vertellen Nora en haar mama het ook op school: Elias zit in haar klas, en de school kan helpen om dit te stoppen. Chantage is een misdrijf, ook tussen klasgenoten, en haar mama weet dat ze klacht kunnen indienen bij de politie.
# help
-> END
