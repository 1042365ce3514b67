// A friend confides in you: how to answer without blame. Jade, 15, and her friend Noah, 15.
// Every ending shows the help card (# help). The same structure in all four languages.
# title: Noah confides in Jade
# phone: jade
# character: jade = Jade
# character: noah = Noah

VAR paid = false

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
    Don’t pay. Paying almost never makes it stop: they just ask for more # from: jade
    -> next_step
* [Tell him to pay so that it is over # response: hurts]
    ~ paid = true
    Maybe just pay, so it’s over? # from: jade
    Ok… I’m sending the money # from: noah
    Ten minutes later, Noah writes again.
    Now she wants 200 more # from: noah # flag: more-demands
    Paying did not make it stop. Money will not end this.
    Don’t pay anything more. We need help # from: jade
    -> next_step

=== next_step ===
What do I do now? # from: noah
* [Suggest telling an adult he trusts, together # response: helps]
    Take screenshots of everything, then stop answering. Tomorrow we talk to an adult you trust. I’ll come with you # from: jade
    -> ending
* [Ask to see the photo # response: hurts]
    Send me the photo, I want to see how bad it is # from: jade
    …No. I don’t want anyone else to see it # from: noah
    Asking to see the image, or passing it on, spreads it further. A friend can help without looking.
    You’re right, sorry. Nobody needs to see it. Take screenshots of the messages, and let’s find an adult you trust # from: jade
    -> ending
* [Promise to keep it a secret, whatever happens # response: hurts]
    I promise I won’t tell anyone. Ever # from: jade
    Noah is relieved. But now two 15-year-olds are carrying something too heavy for them. A good friend also helps to find help.
    Actually… I think we need an adult. You don’t have to face this alone # from: jade
    -> ending

=== ending ===
The next morning, Noah and Jade go to see a teacher Noah trusts.
She listens calmly, tells Noah it is not his fault, and they call Child Focus together.
{paid:Noah does not pay anything more|Noah does not pay}. He keeps the screenshots, stops answering, and blocks and reports the account.
That evening, Noah sends a message.
Thanks for being there # from: noah
# help
-> END
