// Sam, 15, and a fake “girl his age”: financial sextortion, step by step.
// Every ending shows the help card (# help). The same structure in all four languages.
// Caution pays off once: a video call first, then blocking her, lets Sam step out before any photo (step_out).
# title: Sam’s Saturday evening
# phone: sam
# character: sam = Sam
# character: lina = Lina
# character: unknown = New account
# character: dad = Dad

VAR sent_photo = false
VAR paid = false
VAR has_evidence = true
VAR stepped_out = false
// The line to call, in the session's country: pb-scenario sets both from the kit's help data before the story
// starts (Belgium's without a country). helpline: the country's first line for blackmail with an image;
// night_line: a line of that country that answers at night, "" when none is known to.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

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
This app is full of ads. Shall we move to another one? Messages disappear there, it’s more private # from: lina # flag: moving-platform
* [Go to the other app # response: hurts]
    OK, I’m there # from: sam
    -> other_app
* [Ask for a quick video call first # response: helps]
    Can we do a quick video call first? # from: sam
    My camera’s broken, sorry! Come on, it’s nicer over there # from: lina # flag: fake-peer
    No video, a brand-new account, and everything so fast. Sam hesitates. # pause
    -> doubt

=== doubt ===
* [Go to the other app anyway # response: hurts]
    She seems so nice. Sam joins her on the other app.
    -> other_app
* [Stop answering and block her # response: helps]
    -> step_out

=== step_out ===
~ stepped_out = true
Sam stops answering and blocks “Lina”. He has spotted the script: a profile too perfect, things moving far too fast, another app, no video.
Ten minutes later, a message from a new account.
Blocking me was a mistake. Look what I made with your profile photos # from: unknown # image: A fake photo of Sam, made with AI from his ordinary pictures. It is not shown here. # flag: the-flip
100 euros in gift cards within 30 minutes, or all your followers see it # from: unknown # flag: deadline-money
Sam’s heart is pounding. But he knows the script, and he knows this picture is a fake: the crime is theirs, not his. He does not answer. # pause
-> get_help

=== other_app ===
On the other app, the messages come faster and faster.
Can I trust you? I want to show you something. Only you # from: lina
Only for you # from: lina # image: A private photo of a girl, sent to Sam. It is not shown here. # flag: nude-first
Your turn now. It’s only fair # from: lina # pause
* [Send a photo back]
    ~ sent_photo = true
    Sam hesitates, then sends a photo. After all, she trusted him first.
    -> flip
* [Say no # response: helps]
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
{not sent_photo:
    Sam said no, and he was right to. They made a fake anyway: that shows the crime is theirs, not his.
}
Sam’s heart is pounding. He feels ashamed and alone. But he has done nothing wrong: the person blackmailing him is committing a crime. # pause
* [Pay, so that it stops # response: hurts]
    -> pay
* [Delete the chat and block the account at once # response: hurts]
    -> delete
* [Stop answering, take screenshots, talk to an adult # response: helps]
    -> get_help

=== pay ===
~ paid = true
Sam buys gift cards with his savings and sends the codes.
Thanks. Now 300 more. Otherwise everyone sees it # from: lina # flag: more-demands
Paying did not make it stop. That happens often. # pause
* [Pay again # response: hurts]
    Sam pays again. The answer comes at once.
    Good. Same again next week, or everyone sees it # from: lina # flag: more-demands
    Paying has brought him no relief at all. That night, Sam decides he cannot carry this alone.
    -> get_help
* [Stop paying and talk to an adult # response: helps]
    -> get_help

=== delete ===
~ has_evidence = false
Sam deletes the whole chat and blocks the account. For a moment, he feels relieved.
The next morning, another account writes to him.
You thought you could get away? Now it’s 250 # from: unknown # flag: deadline-money
Without the messages, Sam has no proof left. It is not too late: he can still get help. # pause
-> get_help

=== get_help ===
{
- stepped_out:
    Sam takes screenshots of the new account: its username, its messages, its demand. Not the picture itself.
- has_evidence:
    Sam takes screenshots of the profile, the username, the messages and the demands. Not the photo itself.
- else:
    This time, Sam takes screenshots of the new account: its username and its messages. Not the photo itself.
}
{stepped_out:He blocks the new account too, and reports both.|Then he stops answering, blocks the account and reports it.}
Dad, are you there? I need to tell you something and it’s hard to say # from: sam
I’m here. Tell me # from: dad
Sam tells him everything, in a few messages.
Thank you for telling me. It is not your fault: the one committing a crime is the person blackmailing you # from: dad
{stepped_out:
    You spotted the trap and you stepped out. That was exactly right # from: dad
}
{paid:We won’t pay anything more|We won’t pay}. We keep the screenshots, you don’t answer them any more, and {night_line:we call {night_line} together, right now|we call {helpline} together as soon as they answer} # from: dad
And we’ll report it to the police too # from: dad
{not (night_line == "") and not (night_line == helpline):Later, they also contact {helpline}.}
Sam feels lighter. He is no longer alone with it.
# help
-> END
