// Blackmail for more pictures by someone she knows (the second form of online blackmail, CEOP Thinkuknow): not a
// stranger, not for money. Nora, 15; Elias, 15, her ex, in her class; Amira, 15, her friend.
// Every ending shows the help card (# help). The same structure in all four languages.
# title: Nora’s Thursday evening
# phone: nora
# character: nora = Nora
# character: elias = Elias
# character: amira = Amira

// What Nora's good choices change in the ending: the evidence kept at once, her "No" on record, a friend told, the account reported,
// the help line called.
VAR screenshots = false
VAR friend = false
VAR reported = false
VAR called = false
VAR refused = false
// The line to call, in the session's country: pb-scenario sets both from the kit's help data before the story
// starts (Belgium's without a country). helpline: the country's first line for blackmail with an image;
// night_line: a line of that country that answers at night, "" when none is known to.
VAR helpline = "Child Focus"
VAR night_line = "Child Focus"

-> start

=== start ===
Thursday, 9:10 pm. Nora, 15, is finishing her homework when Elias writes. He is in her class.
They went out together until last month. Back then, Nora sent him a private photo. He promised it would stay between them.
Remember the photo you sent me? I kept it # from: elias
Now I want new ones. Send them tonight, before 11 # from: elias # flag: more-images # deadline
If you don’t, I’ll post the old one in the class group # from: elias # flag: the-flip
Nora’s hands are shaking. She knows almost everyone in that group. # pause
* [Agree to send one more, so that he leaves her alone # response: hurts]
    Okay. Just one, and then you delete everything # from: nora
    One? No. Three, and tonight. Or the class sees the old one # from: elias # flag: more-images
    Giving in does not make it stop: every new picture gives him more to threaten her with. Nora may say no, even though she shared before. What Elias is doing is blackmail. It is his fault, not hers.
    Nora sends nothing. She puts her phone down and takes a deep breath.
    -> who
* [Delete the chat and block him straight away # response: hurts]
    Nora opens the chat to delete it. Her thumb is already on “Delete”.
    Deleting the chat wipes out the proof of what Elias wrote, and he still has the photo. Blocking comes once the messages are saved.
    Nora stops. She deletes nothing, and takes screenshots instead.
    ~ screenshots = true
    -> who
* [Take screenshots of his messages, without answering # response: helps]
    ~ screenshots = true
    Nora takes screenshots: Elias’s messages, his account name, the time, his threat. Never the photo. She does not reply.
    ??? I’m not joking # from: elias
    -> who
* [Answer “No”, then stop replying # response: helps]
    ~ refused = true
    No. I’m not sending you anything. What you’re doing is blackmail # from: nora
    You’ll regret it # from: elias
    Nora has every right to say no, even though she shared before. She does not answer any more: arguing would only give him something to push on.
    -> who

=== who ===
9:40 pm. Nora is alone in her room. Her mum is watching TV downstairs. # pause
* [Go downstairs and tell her mum, now # response: helps]
    Nora goes downstairs. “Mum, I need to talk to you. It’s serious.”
    -> adult
* [Write to her friend Amira # response: helps]
    ~ friend = true
    Amira, are you there? Elias is blackmailing me with a photo. He wants more before 11 # from: nora
    That’s awful. It’s not your fault, he’s the one doing something wrong # from: amira
    If he posts anything, I won’t forward it. I’ll report it and tell the others to do the same # from: amira
    But you shouldn’t be alone with this tonight. Is your mum home? Go and tell her now, I’ll stay on the phone # from: amira
    Nora goes downstairs, with Amira still on the phone.
    -> adult
* [Keep it to herself and wait to see if he dares # response: hurts]
    Nora turns her phone face down. Maybe he’s bluffing. Maybe it will all go away.
    Waiting alone while a deadline runs makes the fear bigger, and nobody can help. Telling someone is not snitching: it is how this stops.
    At 10:15, she can’t hold it in any more. She goes downstairs to her mum.
    -> adult

=== adult ===
Her mum listens. She does not shout and does not ask any questions about the photo. She says: “It is not your fault. We’ll deal with this together, tonight.”
{screenshots:Nora shows her the screenshots she has already taken.|First, they take screenshots together: Elias’s messages, his account name, his threat. Never the photo.}
“What do we do now?” Nora asks. # pause
* [{night_line:Call {night_line} with her mum, now|Get ready with her mum to call {helpline}} # response: helps]
    ~ called = true
    {night_line:They call {night_line} together. Someone answers even at night, listens, tells Nora it is not her fault and explains what can be done next.|{helpline} may not answer at night. Her mum writes down what happened, with the times, so that they can call {helpline} together as soon as it answers.}
    -> ending
* [Report Elias’s account in the app and block him, with her mum # response: helps]
    ~ reported = true
    Together they report Elias’s account in the app, with the screenshots, then block him. His messages can no longer reach her.
    -> ending
* [Post Elias’s messages in the class group, to get back at him # response: hurts]
    Nora starts a message to the class group: “Look what Elias is doing…”
    Wanting to hit back is understandable. But it puts the story, and maybe the photo, in front of everyone, which is just what Nora wants to avoid. The app, the adults and the helplines can stop him.
    Nora deletes her draft. With her mum, she reports Elias’s account in the app and blocks him.
    ~ reported = true
    -> ending

=== ending ===
{not called and not (night_line == ""):Then, with her mum, Nora calls {night_line}. Someone answers even at night and tells her it is not her fault.}
{not reported:With her mum, Nora also reports Elias’s account in the app and blocks him.}
11 pm. Nora has sent nothing. # pause
{refused:Her clear “No” is in the screenshots too: it shows she refused.}
Whatever Elias does now is his doing, not hers. Sending nothing was the right choice. Nora is not alone with it any more: her mum is next to her, {night_line:and {night_line} knows what they can do next|and {helpline} will help them as soon as they reach it}.
{friend:Amira writes again: “Still here. If anything lands in the group, I report it, I don’t forward it, and I tell the others.”|Before going to sleep, Nora tells Amira. The answer comes at once: “I’m here. If anything lands in the group, I report it, I don’t forward it, and I tell the others.”}
If the photo is ever posted, it can be reported, and the services on the help card help try to get it removed.
{not (night_line == "") and not (night_line == helpline):Later, they also contact {helpline}.}
{night_line == "":Later, they call {helpline} together.}
On Monday, Nora and her mum also tell the school: Elias is in her class, and the school can help stop it. Blackmail is a crime, even between classmates, and her mum knows they can file a complaint with the police.
# help
-> END
