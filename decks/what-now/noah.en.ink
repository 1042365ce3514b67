// A friend confides in you: how to answer without blame. Jade, 15, and her friend Noah, 15.
// Every ending shows the help card (# help). The same structure in all four languages.
# title: Noah confides in Jade
# phone: jade
# character: jade = Jade
# character: noah = Noah

VAR paid = false
// The line to call, in the session's country: pb-scenario sets both from the kit's help data before the story
// starts (Belgium's without a country). helpline: the country's first line for blackmail with an image;
// night_line: a line of that country that answers at night, "" when none is known to.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Sunday, 10:40 pm. Jade, 15, gets a message from her friend Noah.
Are you awake? # from: noah
Yes, what’s up? # from: jade
I did something really stupid. I can’t tell anyone # from: noah
You can tell me # from: jade
Last week a girl wrote to me. She seemed my age, really nice # from: noah # flag: fake-peer
After an hour she asked me to go on another app # from: noah # flag: moving-platform
She sent me a photo of herself, then asked for one. I sent one # from: noah # flag: nude-first
Now she has a screenshot of all my followers. She says she’ll send the photo to everyone if I don’t pay 300 euros before midnight # from: noah # flag: the-flip # flag: deadline-money
Jade reads the message twice. What she says now matters. # pause
* [Ask him why he sent a photo # response: hurts]
    Seriously? Why did you send that?? # from: jade
    I knew it. Forget it, I shouldn’t have told you # from: noah
    Noah feels judged. When people feel ashamed, they often stop talking, and then they face it alone.
    Sorry, that came out wrong. It’s not your fault. I’m here # from: jade
    …ok # from: noah
    -> money
* [Thank him and say it is not his fault # response: helps]
    Thank you for telling me. It’s not your fault # from: jade
    Really? I feel so ashamed # from: noah
    The one doing something wrong is the person blackmailing you. Not you # from: jade
    -> money
* [Tell him to delete everything and forget it # response: hurts]
    Just delete everything and forget about it # from: jade
    But what if she sends it anyway? # from: noah
    Deleting everything wipes out the evidence, and the fear does not go away. Screenshots come first.
    Actually, wait. Don’t delete anything yet # from: jade
    -> money

=== money ===
I’ve got 150 euros saved. Maybe if I pay, it stops? # from: noah
* [Tell him not to pay # response: helps]
    Don’t pay. Paying doesn’t guarantee anything: they often just ask for more, and the photo doesn’t get deleted # from: jade
    -> next_step
* [Tell him to pay so that it is over # response: hurts]
    ~ paid = true
    Maybe just pay, so it’s over? # from: jade
    Ok… I’m sending the money # from: noah
    Ten minutes later, Noah writes again.
    Now she wants 200 more # from: noah # flag: more-demands
    Paying did not make it stop. Blackmailers often ask for more, and money does not get the photo deleted.
    Don’t pay anything more. We need help, tonight # from: jade
    -> next_step

=== next_step ===
What do I do now? # from: noah
* [{night_line:Call {night_line} together, right now|Call {helpline} together, with an adult at home} # response: helps]
    {night_line:Let’s call {night_line} together, right now. They answer even at night|{helpline} may not answer at night, so go and wake your mum or your dad, now. Then you can call {helpline} with them} # from: jade
    -> tonight
* [Get him to wake a parent or another adult at home, now # response: helps]
    Is your mum or your dad at home? Go and wake them up, now. I’ll stay on the phone while you tell them # from: jade
    -> tonight
* [Ask to see the photo # response: hurts]
    Send me the photo, I want to see how bad it is # from: jade
    …No. I don’t want anyone else to see it # from: noah
    Asking to see the image, or passing it on, spreads it further. A friend can help without looking.
    You’re right, sorry. Nobody needs to see it. But you shouldn’t be alone with this tonight. Let’s get help now # from: jade
    -> tonight
* [Promise to keep it a secret, whatever happens # response: hurts]
    I promise I won’t tell anyone. Ever # from: jade
    Noah is relieved. But now two 15-year-olds are carrying something too heavy for them, with a deadline at midnight. A good friend also helps to find help.
    Actually… this is too big for the two of us. We need an adult, tonight # from: jade
    -> tonight

=== tonight ===
Are you OK? I’m calling you, and I’m staying on the phone with you # from: jade
Not really. But I’m glad you know. Ok, call me # from: noah
Jade calls. First she helps Noah take screenshots: the so-called girl’s messages, her profile, what she is demanding. Never the photo. Then Noah stops answering her.
-> ending

=== ending ===
Noah wakes his mum. Soon she is sitting next to him and, with Jade still on the phone, {night_line:they call {night_line} together|he tells her everything}.
{night_line:The adviser listens|His mum listens} calmly and tells Noah it is not his fault. {paid:He does not pay anything more|He does not pay}, keeps the screenshots, and blocks and reports the account.
And at midnight? Whatever the blackmailer does then is not Noah’s fault. Not paying is the right choice. His mum and {night_line:{night_line}|{helpline}} take it from there. # pause
Midnight comes. Noah is not alone with it any more.
{not (night_line == "") and not (night_line == helpline):Later, they also contact {helpline}.}
{night_line == "":Later, they call {helpline} together.}
On Monday, they also tell a teacher Noah trusts.
Before he goes to sleep, Noah sends a message.
Thanks for being there # from: noah
# help
-> END
