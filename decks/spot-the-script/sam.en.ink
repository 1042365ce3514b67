// Sam, 15, and a fake “girl his age”: financial sextortion, step by step.
// Every ending shows the help card (# help). The same structure in all four languages.
# title: Sam’s Saturday evening
# phone: sam
# character: sam = Sam
# character: lina = Lina
# character: unknown = New account
# character: dad = Dad

VAR sent_photo = false
VAR paid = false
VAR has_evidence = true

-> start

=== start ===
Saturday, 9:12 pm. Sam, 15, is on his phone. A new follower: “Lina, 15”.
Three photos, all very polished, and twelve followers. # image: Lina’s profile picture: a smiling girl, perfect skin, perfect light, like an advert. # flag: fake-peer
Hey Sam! I saw you at the basketball tournament, you were really good # from: lina
Hi… thanks! Do we know each other? # from: sam
Not yet haha. I just moved here, I don’t know anyone # from: lina
Twenty minutes later.
You’re so much funnier than the boys in my class # from: lina # flag: fast-intimacy
Honestly, it feels like I’ve known you forever # from: lina
This app is full of ads. Let’s go on another one? Messages disappear there, it’s more private # from: lina # flag: moving-platform
* [Go to the other app]
    OK, I’m there # from: sam
    -> other_app
* [Ask for a quick video call first]
    Can we do a quick video call first? # from: sam
    My camera’s broken, sorry! Come on, it’s nicer over there # from: lina # flag: fake-peer
    Sam hesitates. She seems so nice. He joins her on the other app.
    -> other_app

=== other_app ===
On the other app, the messages come faster and faster.
Can I trust you? I want to show you something. Only you # from: lina
Only for you # from: lina # image: A private photo of a girl, sent to Sam. It is not shown here. # flag: nude-first
Your turn now. It’s only fair # from: lina # pause
* [Send a photo back]
    ~ sent_photo = true
    Sam hesitates, then sends a photo. After all, she trusted him first.
    -> flip
* [Say no]
    I’d rather not # from: sam
    Ok… no problem # from: lina
    An hour later, a new message arrives.
    -> flip

=== flip ===
{sent_photo:
    Look what I have # from: lina # image: The photo Sam sent. It is not shown here.
- else:
    Look what I made with your profile photos # from: lina # image: A fake photo of Sam, made with AI from his ordinary pictures. It is not shown here.
}
And here is everyone who follows you # from: lina # image: A screenshot of Sam’s follower list: his friends, his cousins, his basketball team. # flag: the-flip
If you don’t pay, I send it to all of them. Your school too # from: lina
You have 30 minutes. 200 euros in gift cards # from: lina # flag: deadline-money
Sam’s heart is pounding. He feels ashamed and alone. But he has done nothing wrong: the person blackmailing him is committing a crime. # pause
* [Pay, so that it stops]
    -> pay
* [Delete the chat and block the account at once]
    -> delete
* [Stop answering, take screenshots, talk to an adult]
    -> get_help

=== pay ===
~ paid = true
Sam buys gift cards with his savings and sends the codes.
Thanks. Now 300 more. Otherwise everyone sees it # from: lina # flag: more-demands
Paying did not make it stop. It almost never does. # pause
* [Pay again]
    Sam pays again. The answer comes at once.
    Good. Same again next week, or everyone sees it # from: lina # flag: more-demands
    Paying has not bought him any peace. That night, Sam decides he cannot carry this alone.
    -> get_help
* [Stop paying and talk to an adult]
    -> get_help

=== delete ===
~ has_evidence = false
Sam deletes the whole chat and blocks the account. For a moment, he feels relieved.
The next morning, another account writes to him.
You thought you could get away? Now it’s 250 # from: unknown # flag: deadline-money
Without the messages, Sam has no proof left. It is not too late: he can still get help. # pause
-> get_help

=== get_help ===
{has_evidence:
    Sam takes screenshots of the messages, the profile and the demands.
- else:
    This time, Sam takes screenshots of the new account and its messages.
}
Then he stops answering, blocks the account and reports it.
Dad, are you there? I need to tell you something. It’s hard to say out loud # from: sam
I’m here. Tell me # from: dad
Sam tells him everything, in a few messages.
Thank you for telling me. It is not your fault: the one committing a crime is the person blackmailing you # from: dad
{paid:We won’t pay anything more|We won’t pay}. We keep the screenshots, you don’t answer them any more, and we call Child Focus together # from: dad
Sam feels lighter. He is no longer alone with it.
# help
-> END
