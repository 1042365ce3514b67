// Een vriend vertrouwt je iets toe: hoe reageer je zonder te oordelen? Jade (15) en haar vriend Noah (15).
// Elk einde toont de hulpkaart (# help). Dezelfde structuur in de vier talen.
# title: Noah vertrouwt Jade iets toe
# phone: jade
# character: jade = Jade
# character: noah = Noah

VAR paid = false
// De lijn om te bellen, in het land van de sessie: pb-scenario zet beide uit de hulpgegevens van de kit voor het
// verhaal begint (die van België zonder land). helpline: de eerste lijn van het land bij afpersing met een beeld;
// night_line: een lijn van dat land die ’s nachts opneemt, "" als er geen bekend is.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Zondag, 22.40 uur. Jade (15) krijgt een bericht van haar vriend Noah.
Ben je nog wakker? # from: noah
Ja, wat is er? # from: jade
Ik heb iets heel doms gedaan. Ik kan het aan niemand vertellen # from: noah
Mij kun je het vertellen # from: jade
Vorige week schreef een meisje me. Ze leek even oud als ik, heel lief # from: noah # flag: fake-peer
Na een uur vroeg ze om naar een andere app te gaan # from: noah # flag: moving-platform
Ze stuurde me een foto van zichzelf en vroeg er toen een van mij. Ik heb er een gestuurd # from: noah # flag: nude-first
Nu heeft ze een screenshot van al mijn volgers. Ze zegt dat ze de foto naar iedereen stuurt als ik voor middernacht geen 300 euro betaal # from: noah # flag: the-flip # flag: deadline-money
Jade leest het bericht twee keer. Wat ze nu antwoordt, is belangrijk. # pause
* [Vragen waarom hij een foto stuurde # response: hurts]
    Serieus? Waarom heb je dat gestuurd?? # from: jade
    Ik wist het. Laat maar, ik had het je niet moeten vertellen # from: noah
    Noah voelt zich veroordeeld. Wie zich schaamt, stopt vaak met praten, en staat er dan alleen voor.
    Sorry, dat kwam verkeerd over. Het is niet jouw schuld. Ik ben er voor je # from: jade
    …oké # from: noah
    -> money
* [Hem bedanken en zeggen dat het niet zijn schuld is # response: helps]
    Dank je dat je het me vertelt. Het is niet jouw schuld # from: jade
    Echt? Ik schaam me zo # from: noah
    Wie iets verkeerds doet, is de persoon die je afperst. Niet jij # from: jade
    -> money
* [Zeggen dat hij alles moet wissen en het vergeten # response: hurts]
    Wis gewoon alles en vergeet het # from: jade
    Maar wat als ze het toch doorstuurt? # from: noah
    Alles wissen betekent het bewijs kwijtraken, en de angst gaat niet weg. Eerst screenshots.
    Wacht eens. Wis nog niets # from: jade
    -> money

=== money ===
Ik heb 150 euro gespaard. Misschien stopt het als ik betaal? # from: noah
* [Zeggen dat hij niet moet betalen # response: helps]
    Niet betalen. Betalen geeft geen enkele garantie: vaak vragen ze gewoon meer, en de foto wordt er niet door gewist # from: jade
    -> next_step
* [Zeggen dat hij moet betalen, dan is het voorbij # response: hurts]
    ~ paid = true
    Misschien gewoon betalen, dan is het voorbij? # from: jade
    Oké… ik stuur het geld # from: noah
    Tien minuten later schrijft Noah opnieuw.
    Nu wil ze nog 200 # from: noah # flag: more-demands
    Door te betalen stopte het niet. Afpersers vragen vaak meer, en geld zorgt er niet voor dat de foto gewist wordt.
    Betaal niets meer. We hebben hulp nodig, vanavond nog # from: jade
    -> next_step

=== next_step ===
Wat moet ik nu doen? # from: noah
* [{night_line:Samen {night_line} bellen, nu meteen|Samen {helpline} bellen, met een volwassene thuis} # response: helps]
    {night_line:We bellen samen {night_line}, nu meteen. Ze nemen ook ’s nachts op|{helpline} neemt ’s nachts misschien niet op, dus ga nu je mama of je papa wakker maken. Daarna kun je {helpline} samen met hen bellen} # from: jade
    -> tonight
* [Zeggen dat hij nu een ouder of een andere volwassene thuis wakker maakt # response: helps]
    Is je mama of je papa thuis? Ga ze wakker maken, nu. Ik blijf aan de lijn terwijl je het vertelt # from: jade
    -> tonight
* [Vragen om de foto te zien # response: hurts]
    Stuur me de foto eens, ik wil zien hoe erg het is # from: jade
    …Nee. Ik wil niet dat nog iemand hem ziet # from: noah
    Vragen om het beeld te zien, of het doorsturen, verspreidt het nog meer. Je kunt een vriend helpen zonder te kijken.
    Je hebt gelijk, sorry. Niemand hoeft hem te zien. Maar je mag hier vannacht niet alleen mee zitten. We zoeken nu hulp # from: jade
    -> tonight
* [Beloven het geheim te houden, wat er ook gebeurt # response: hurts]
    Ik beloof het, ik vertel het aan niemand. Nooit # from: jade
    Noah is opgelucht. Maar nu dragen twee jongeren van 15 iets wat te zwaar is voor hen, met een deadline om middernacht. Een goede vriendin helpt ook om hulp te zoeken.
    Eigenlijk… is dit te groot voor ons twee. We hebben een volwassene nodig, vanavond nog # from: jade
    -> tonight

=== tonight ===
Gaat het? Ik bel je, en ik blijf aan de lijn # from: jade
Niet echt. Maar ik ben blij dat je het weet. Oké, bel maar # from: noah
Jade belt. Eerst helpt ze Noah screenshots te nemen: de berichten van het zogenaamde meisje, haar profiel, wat ze eist. Nooit de foto. Daarna antwoordt Noah haar niet meer.
-> ending

=== ending ===
Noah maakt zijn mama wakker. Ze komt meteen naast hem zitten en, met Jade nog aan de lijn, {night_line:bellen ze samen {night_line}|vertelt hij haar alles}.
{night_line:De medewerker luistert|Zijn mama luistert} rustig en zegt tegen Noah dat het niet zijn schuld is. {paid:Noah betaalt niets meer|Noah betaalt niet}, houdt de screenshots bij, en blokkeert en meldt het account.
En om middernacht? Wat de afperser dan doet, is niet de schuld van Noah. Niet betalen is de juiste keuze. Zijn mama en {night_line:{night_line}|{helpline}} nemen het over. # pause
Het wordt middernacht. Noah staat er niet meer alleen voor.
{not (night_line == "") and not (night_line == helpline):Later nemen ze ook contact op met {helpline}.}
{night_line == "":Later bellen ze samen {helpline}.}
Maandag vertellen ze het ook aan een leerkracht die Noah vertrouwt.
Voor hij gaat slapen, stuurt Noah een bericht.
Merci dat je er was # from: noah
# help
-> END
