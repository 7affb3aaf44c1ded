"""Quotations and their speakers in paragraphs written for this file, in several outlets'
styles (a wire, a broadcaster, a live page, a local or a translated outlet): a tag before or
after the quotation or splitting it, a pronoun or an office referring back, a body, a document
and who issued it, an unnamed source told by how it knows, a name with the body it is of, and
paragraphs where a quotation must stay without a speaker. Each lists every statement the rules
read, as (speaker, quotation)."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article

_PARAGRAPHS = [
    pytest.param(
        "\u201cWe will not let this go unanswered,\u201d Ukraine's Foreign Minister Andrii "
        "Sybiha said on Monday.",
        [("Andrii Sybiha",
          "We will not let this go unanswered")],
        id="ap said after office name"),
    pytest.param(
        "\u201cThe strike hit a residential block in the centre of the city,\u201d said Oleh "
        "Kiper, the regional governor.",
        [("Oleh Kiper",
          "The strike hit a residential block in the centre of the city")],
        id="reuters said before"),
    pytest.param(
        "\u201cAir defence was working over the region all night,\u201d Governor Vadym "
        "Filashkin said in a statement on Telegram.",
        [("Vadym Filashkin",
          "Air defence was working over the region all night")],
        id="telegram statement"),
    pytest.param(
        "According to the State Emergency Service, \u201crescuers pulled three people from "
        "under the rubble overnight.\u201d",
        [("State Emergency Service",
          "rescuers pulled three people from under the rubble overnight.")],
        id="according to body quote"),
    pytest.param(
        "\u201cWe heard two loud blasts,\u201d said Maryna Koval, 54, a resident. \u201cThen "
        "the windows came in on us.\u201d",
        [("Maryna Koval",
          "We heard two loud blasts"),
         ("Maryna Koval",
          "Then the windows came in on us.")],
        id="split quote"),
    pytest.param(
        "\u201cThis was a deliberate attack on civilians,\u201d Sybiha wrote on X, \u201cand "
        "the world must respond with more air defence systems.\u201d",
        [("Sybiha",
          "This was a deliberate attack on civilians"),
         ("Sybiha",
          "and the world must respond with more air defence systems.")],
        id="split mid-sentence"),
    pytest.param(
        "Mayor Ihor Terekhov said the city had come under a combined attack.\n\n\u201cSeveral "
        "districts have no power this morning,\u201d he said.",
        [("Ihor Terekhov",
          "Several districts have no power this morning")],
        id="pronoun next paragraph"),
    pytest.param(
        "\u201cThe terrorists were operating from inside a command centre embedded in the "
        "school,\u201d the Israeli military said.",
        [("Israeli military",
          "The terrorists were operating from inside a command centre embedded in the school")],
        id="israeli military said"),
    pytest.param(
        "\u201cWe have not seen anything like this since the start of the war,\u201d a senior "
        "police official told Reuters, speaking on condition of anonymity.",
        [("senior police official",
          "We have not seen anything like this since the start of the war")],
        id="told reuters"),
    pytest.param(
        "Polish Prime Minister Donald Tusk wrote on X: \u201cOur jets were scrambled to secure "
        "Polish airspace.\u201d",
        [("Donald Tusk",
          "Our jets were scrambled to secure Polish airspace.")],
        id="wrote on X"),
    pytest.param(
        "The report by Human Rights Watch said the attack was \u201cindiscriminate and "
        "possibly a war crime under international law.\u201d",
        [("Human Rights Watch",
          "indiscriminate and possibly a war crime under international law.")],
        id="document"),
    pytest.param(
        "Dr Amal Nasser, director of the hospital, described the night.\n\n\u201cThey kept "
        "bringing children in, one after another. We ran out of beds within an hour.\n\n"
        "\u201cBy morning we had no more blood for transfusions,\u201d she said.",
        [("Amal Nasser",
          "They kept bringing children in, one after another. We ran out of beds within an "
          "hour."),
         ("Amal Nasser",
          "By morning we had no more blood for transfusions")],
        id="multi-paragraph quote"),
    pytest.param(
        "Kremlin spokesman Dmitry Peskov said Moscow would respond to what he called \u201ca "
        "terrorist act aimed at civilians in the border regions.\u201d",
        [("Dmitry Peskov",
          "a terrorist act aimed at civilians in the border regions.")],
        id="quote inside paraphrase"),
    pytest.param(
        "\u201cOver the past night, air defence systems intercepted and destroyed 41 Ukrainian "
        "unmanned aerial vehicles,\u201d the Russian Defence Ministry said in a statement.",
        [("Russian Defence Ministry",
          "Over the past night, air defence systems intercepted and destroyed 41 Ukrainian "
          "unmanned aerial vehicles")],
        id="tass ministry"),
    pytest.param(
        "\u201cMy son was only going to buy bread,\u201d Fatima Ali, 43, told AFP outside the "
        "morgue.",
        [("Fatima Ali",
          "My son was only going to buy bread")],
        id="afp told afp"),
    pytest.param(
        "The Police Public Relations Officer in the state, SP Abdullahi Haruna, confirmed the "
        "attack to our correspondent.\n\n\u201cOur men have been deployed to the area and calm "
        "has been restored,\u201d he said.",
        [("Abdullahi Haruna",
          "Our men have been deployed to the area and calm has been restored")],
        id="premium police spokesman"),
    pytest.param(
        "According to a statement issued by the Inter-Services Public Relations (ISPR), "
        "\u201cthe area is being sanitised to eliminate any other terrorists found there.\u201d",
        [("Inter-Services Public Relations",
          "the area is being sanitised to eliminate any other terrorists found there.")],
        id="dawn ispr"),
    pytest.param(
        "The IDF said its jets struck a Hezbollah weapons depot in southern Lebanon. \u201cThe "
        "depot was located in the heart of a civilian area.\u201d",
        [("IDF",
          "The depot was located in the heart of a civilian area.")],
        id="toi idf continues"),
    pytest.param(
        "\u201cWe are overwhelmed and exhausted,\u201d said Mohammed Zaqout, director of "
        "hospitals in Gaza. \u201cThe injured are lying on the floor in the corridors,\u201d "
        "said Tariq Saleh, a nurse.",
        [("Mohammed Zaqout",
          "We are overwhelmed and exhausted"),
         ("Tariq Saleh",
          "The injured are lying on the floor in the corridors")],
        id="aj two speakers"),
    pytest.param(
        "Regional governor Oleh Syniehubov said rescue work was continuing. The governor "
        "added: \u201cUnfortunately, the number of injured is growing.\u201d",
        [("Oleh Syniehubov",
          "Unfortunately, the number of injured is growing.")],
        id="bbc the governor"),
    pytest.param(
        "\u201cEvery such strike proves that Russia does not want peace,\u201d President "
        "Volodymyr Zelensky said in his evening address.",
        [("Volodymyr Zelensky",
          "Every such strike proves that Russia does not want peace")],
        id="ki evening address"),
    pytest.param(
        "\u201cThere is nothing left of the market,\u201d says Ahmed Yusuf, a trader who lost "
        "his stall.",
        [("Ahmed Yusuf",
          "There is nothing left of the market")],
        id="says present"),
    pytest.param(
        "UN humanitarian chief Tom Fletcher met Lisa Haber, the agency's regional head, on "
        "Friday.\n\nHaber said aid trucks had been blocked for a week. \u201cWe cannot reach "
        "the north at all,\u201d she said.",
        [("Lisa Haber",
          "We cannot reach the north at all")],
        id="she after paraphrase naming another"),
    pytest.param(
        "\u201cThe shelling went on for three hours,\u201d added Serhiy Lysak, head of the "
        "regional military administration.",
        [("Serhiy Lysak",
          "The shelling went on for three hours")],
        id="added after"),
    pytest.param(
        "The Ukrainian Air Force said on Telegram: \u201cOf the 85 drones launched, 60 were "
        "shot down over the north and east.\u201d",
        [("Ukrainian Air Force",
          "Of the 85 drones launched, 60 were shot down over the north and east.")],
        id="ministry colon"),
    pytest.param(
        "In a post on Telegram, Kharkiv Mayor Ihor Terekhov wrote: \u201cA guided bomb hit an "
        "apartment building in the Kyivskyi district.\u201d",
        [("Ihor Terekhov",
          "A guided bomb hit an apartment building in the Kyivskyi district.")],
        id="in a post on telegram"),
    pytest.param(
        "Hamas condemned the raid. \u201cThe occupation bears full responsibility for this "
        "massacre,\u201d the group's statement read.",
        [("Hamas",
          "The occupation bears full responsibility for this massacre")],
        id="the statement read"),
    pytest.param(
        "Protesters outside the embassy carried placards reading \u201cStop the bombing of our "
        "cities now\u201d on Saturday.",
        [],
        id="leave alone slogan"),
    pytest.param(
        "The film \u201cTwenty Days in the Ruins of the City\u201d was screened in the capital "
        "on Friday.",
        [],
        id="leave alone title"),
    pytest.param(
        "Hassan Ali Khaire, the district commissioner, told reporters: \u201cThe attackers "
        "came in two vehicles and opened fire on the crowd.\u201d",
        [("Hassan Ali Khaire",
          "The attackers came in two vehicles and opened fire on the crowd.")],
        id="told reporters office after"),
    pytest.param(
        "\u201cWe hit the launchers before they could fire again,\u201d military spokesman Lt "
        "Col Nadav Shoshani told reporters.",
        [("Nadav Shoshani",
          "We hit the launchers before they could fire again")],
        id="military spokesman name"),
    pytest.param(
        "Three people were killed and 12 wounded, according to the local health ministry. "
        "\u201cThe hospital is receiving more casualties,\u201d the ministry said.",
        [("local health ministry",
          "The hospital is receiving more casualties")],
        id="according to after"),
    pytest.param(
        "\u201cWe will rebuild the city,\u201d Terekhov said, \u201cbut we need time and we "
        "need help from our partners.\u201d",
        [("Terekhov",
          "We will rebuild the city"),
         ("Terekhov",
          "but we need time and we need help from our partners.")],
        id="Reuters name said comma"),
    pytest.param(
        "\u201cThe Secretary-General condemns all attacks on civilians and civilian "
        "infrastructure,\u201d Stephane Dujarric, spokesperson for the UN chief, said in a "
        "statement.",
        [("Stephane Dujarric",
          "The Secretary-General condemns all attacks on civilians and civilian infrastructure")],
        id="spokesperson for"),
    pytest.param(
        "In a letter to the Security Council, Iran's UN ambassador Amir Saeid Iravani wrote "
        "that Tehran \u201creserves its inherent right to respond at a time of its "
        "choosing.\u201d",
        [("Amir Saeid Iravani",
          "reserves its inherent right to respond at a time of its choosing.")],
        id="the letter said"),
    pytest.param(
        "Army spokesman Zaw Min Tun denied that the jets had targeted a school. \u201cWe only "
        "attack terrorist targets,\u201d the spokesman said.",
        [("Zaw Min Tun",
          "We only attack terrorist targets")],
        id="the spokesman"),
    pytest.param(
        "\u201cI ran to the basement with my two daughters,\u201d said Olena Marchenko, whose "
        "flat was on the fifth floor.",
        [("Olena Marchenko",
          "I ran to the basement with my two daughters")],
        id="said name whose"),
    pytest.param(
        "The foreign ministry called the strike \u201ca blatant violation of international "
        "humanitarian law and the UN Charter.\u201d",
        [("foreign ministry",
          "a blatant violation of international humanitarian law and the UN Charter.")],
        id="called two words"),
    pytest.param(
        "The mayor of Odesa, Hennadiy Trukhanov, said: \u201cTwo high-rise buildings were "
        "damaged in the attack.\u201d",
        [("Hennadiy Trukhanov",
          "Two high-rise buildings were damaged in the attack.")],
        id="mayor of city appositive"),
    pytest.param(
        "\u201cThe children were asleep when the shell hit,\u201d said Yusuf Adamu, who heads "
        "the local vigilante group.",
        [("Yusuf Adamu",
          "The children were asleep when the shell hit")],
        id="who heads"),
    pytest.param(
        "\u201cThe prime minister has instructed the army to act with full force,\u201d "
        "Netanyahu's office said in a statement.",
        [("Netanyahu's office",
          "The prime minister has instructed the army to act with full force")],
        id="office said statement from office"),
    pytest.param(
        "A spokeswoman for the UN refugee agency, Olga Sarrado, said: \u201cThousands of "
        "families have fled their homes since Sunday.\u201d",
        [("Olga Sarrado",
          "Thousands of families have fled their homes since Sunday.")],
        id="spokeswoman for body name"),
    pytest.param(
        "\u201cIran will not remain silent in the face of this aggression,\u201d President "
        "Masoud Pezeshkian said in a televised address on Tuesday.",
        [("Masoud Pezeshkian",
          "Iran will not remain silent in the face of this aggression")],
        id="said in televised address"),
    pytest.param(
        "According to a statement by the Nigerian Army, \u201ctroops repelled the attack and "
        "neutralised several terrorists.\u201d",
        [("Nigerian Army",
          "troops repelled the attack and neutralised several terrorists.")],
        id="according to a statement by"),
    pytest.param(
        "A statement from the Palestine Red Crescent Society said: \u201cOur teams recovered "
        "the bodies of 14 people from the area.\u201d",
        [("Palestine Red Crescent Society",
          "Our teams recovered the bodies of 14 people from the area.")],
        id="statement from body said"),
    pytest.param(
        "Governor Serhiy Lysak wrote on Telegram:\n\n\u201cThe enemy attacked Nikopol with "
        "heavy artillery throughout the day.\u201d",
        [("Serhiy Lysak",
          "The enemy attacked Nikopol with heavy artillery throughout the day.")],
        id="multi paragraph tag first"),
    pytest.param(
        "\u201cWe found the family in the basement,\u201d said rescuer Andriy Bondar.\n\n"
        "\u201cThe mother was holding the baby. We could not save them.\n\n\u201cI have done "
        "this job for twenty years and I will never forget it.\u201d",
        [("Andriy Bondar",
          "We found the family in the basement"),
         ("Andriy Bondar",
          "The mother was holding the baby. We could not save them."),
         ("Andriy Bondar",
          "I have done this job for twenty years and I will never forget it.")],
        id="multi paragraph open quote"),
    pytest.param(
        "Interior Minister Ihor Klymenko visited the site with the mayor. \u201cThe rescue "
        "operation will go on through the night,\u201d he said.",
        [("Ihor Klymenko",
          "The rescue operation will go on through the night")],
        id="he said name before in paragraph with object person"),
    pytest.param(
        "\u201cWe will continue to mediate until the guns fall silent,\u201d Qatari Prime "
        "Minister Sheikh Mohammed bin Abdulrahman Al Thani told a news conference in Doha.",
        [("Mohammed bin Abdulrahman Al Thani",
          "We will continue to mediate until the guns fall silent")],
        id="sheikh title"),
    pytest.param(
        "\u201cThe militants were hiding in the forest near the border,\u201d Brig. Gen. Tukur "
        "Gusau, the defence spokesman, told journalists.",
        [("Tukur Gusau",
          "The militants were hiding in the forest near the border")],
        id="brig gen"),
    pytest.param(
        "Residents gathered at the town hall on Sunday evening. Many of them had not slept "
        "since the attack on Friday night.",
        [],
        id="leave alone: question headline"),
    pytest.param(
        "Shelling resumed on Monday. According to a nurse at the district hospital, most of "
        "the wounded were children.\n\n\u201cWe had no room left in the emergency ward by "
        "noon,\u201d she told AFP.",
        [("nurse",
          "We had no room left in the emergency ward by noon")],
        id="according to unnamed then she told (AFP)"),
    pytest.param(
        "According to a resident of the village, the jets circled twice before dropping the "
        "bombs.\n\n\u201cEveryone ran towards the river to hide under the bridge,\u201d he "
        "said.",
        [("resident of the village",
          "Everyone ran towards the river to hide under the bridge")],
        id="according to unnamed opening the article, he said (Irrawaddy)"),
    pytest.param(
        "State television reported the blasts, citing a security official.\n\n\u201cThe two "
        "explosions were about ten minutes apart near the cemetery,\u201d he said.",
        [("security official",
          "The two explosions were about ten minutes apart near the cemetery")],
        id="citing an unnamed source, then he said (wire)"),
    pytest.param(
        "According to a volunteer at the shelter, food ran out on Sunday.\n\n\u201cThe "
        "children have eaten nothing since the morning,\u201d she said.\n\n\u201cWe are "
        "sleeping in the open because the tents burned,\u201d he said.",
        [("volunteer",
          "The children have eaten nothing since the morning")],
        id="left alone: the other pronoun is someone else (BBC)"),
    pytest.param(
        "According to a local official, the road was cut at dawn. Governor Ivan Petrov visited "
        "the site.\n\n\u201cThe bridge will be repaired within a week,\u201d he said.",
        [("Ivan Petrov",
          "The bridge will be repaired within a week")],
        id="left alone: a named person since takes the pronoun (Reuters)"),
    pytest.param(
        "Speaking to the BBC on Tuesday, Health Minister Viktor Liashko said: \u201cEvery "
        "hospital in the region is now working on generators.\u201d",
        [("Viktor Liashko",
          "Every hospital in the region is now working on generators.")],
        id="speaking to the BBC, X said"),
    pytest.param(
        "\u201cThe drone struck the roof of the substation and started a fire,\u201d Governor "
        "Roman Starovoit, quoted by TASS, said on Friday.",
        [("Roman Starovoit",
          "The drone struck the roof of the substation and started a fire")],
        id="quoted by outlet, said"),
    pytest.param(
        "A senior Hamas official, Basem Naim, told Reuters: \u201cThe movement has not "
        "received any new proposal from the mediators.\u201d",
        [("Basem Naim",
          "The movement has not received any new proposal from the mediators.")],
        id="a senior official, name, said"),
    pytest.param(
        "\u201cOur city has lived through one of the hardest nights of this war,\u201d Mayor "
        "Andriy Sadovyi wrote in a Facebook post.",
        [("Andriy Sadovyi",
          "Our city has lived through one of the hardest nights of this war")],
        id="wrote in a Facebook post"),
    pytest.param(
        "In a video address on Sunday night, Zelensky said: \u201cWe know exactly where these "
        "missiles were launched from.\u201d",
        [("Zelensky",
          "We know exactly where these missiles were launched from.")],
        id="video address"),
    pytest.param(
        "\u201cThe talks broke down over the list of prisoners to be freed,\u201d a source "
        "close to the negotiations told AFP.",
        [("source close to the negotiations",
          "The talks broke down over the list of prisoners to be freed")],
        id="a source close to"),
    pytest.param(
        "Kremlin spokesman Dmitry Peskov told reporters on a conference call: \u201cWe "
        "consider this a terrorist attack and will respond accordingly.\u201d",
        [("Dmitry Peskov",
          "We consider this a terrorist attack and will respond accordingly.")],
        id="Kremlin spokesman told reporters"),
    pytest.param(
        "\u201cNo civilians were harmed in the operation as far as we know,\u201d the army's "
        "spokesman, Brig Gen Effie Defrin, told a news briefing.",
        [("Effie Defrin",
          "No civilians were harmed in the operation as far as we know")],
        id="possessive body spokesman name"),
    pytest.param(
        "\u201cThe attack began at about 3am,\u201d the police chief, Ahmed Musa, said. "
        "\u201cOur officers returned fire and the gunmen fled into the bush.\u201d",
        [("Ahmed Musa",
          "The attack began at about 3am"),
         ("Ahmed Musa",
          "Our officers returned fire and the gunmen fled into the bush.")],
        id="two-sentence quote, tag in middle"),
    pytest.param(
        "\u201cWe will not accept a ceasefire that only lets the enemy regroup,\u201d "
        "Hezbollah leader Naim Qassem said in remarks broadcast on al-Manar television.",
        [("Naim Qassem",
          "We will not accept a ceasefire that only lets the enemy regroup")],
        id="said in remarks broadcast"),
    pytest.param(
        "\u201cThe president has been briefed and is monitoring the situation closely,\u201d "
        "the White House said in a statement.",
        [("White House",
          "The president has been briefed and is monitoring the situation closely")],
        id="White House said"),
    pytest.param(
        "\u201cWe have lost contact with two of our teams in the north,\u201d said Jens Laerke "
        "of the UN humanitarian office. The Israeli military said it was looking into the "
        "report.",
        [("Jens Laerke",
          "We have lost contact with two of our teams in the north")],
        id="quote then paraphrase with other speaker"),
    pytest.param(
        "The ISPR said in a statement that \u201csecurity forces effectively engaged the "
        "terrorists\u201d and killed four of them in the exchange of fire.",
        [("ISPR",
          "security forces effectively engaged the terrorists")],
        id="Dawn style: ISPR said in a statement that"),
    pytest.param(
        "The spokesperson of the Borno State Police Command, ASP Nahum Daso, said in a "
        "statement on Sunday that \u201cthe suspects have been arrested and are in "
        "custody.\u201d",
        [("Nahum Daso",
          "the suspects have been arrested and are in custody.")],
        id="Premium Times: spokesperson name after comma, said in a statement"),
    pytest.param(
        "Rescue work went on. \u201cOur teams recovered the bodies of 14 people from the "
        "area,\u201d the Red Crescent Society said.",
        [("Red Crescent Society",
          "Our teams recovered the bodies of 14 people from the area")],
        id="a society after the quotation (wire)"),
    pytest.param(
        "Rescue work went on. \u201cOur crews are still digging through the rubble of the "
        "school,\u201d the Gaza Civil Defence said on Sunday.",
        [("Gaza Civil Defence",
          "Our crews are still digging through the rubble of the school")],
        id="civil defence (Al Jazeera)"),
    pytest.param(
        "Sirens sounded twice. \u201cThe alert was set off by an interceptor and no rocket "
        "landed in the town,\u201d the Nahariya Municipality said.",
        [("Nahariya Municipality",
          "The alert was set off by an interceptor and no rocket landed in the town")],
        id="a municipality, once a person named 'Municipality' (Times of Israel)"),
    pytest.param(
        "Two reporters were hurt. \u201cJournalists are being targeted while they wear their "
        "press vests,\u201d the Journalists Syndicate said in a statement.",
        [("Journalists Syndicate",
          "Journalists are being targeted while they wear their press vests")],
        id="a syndicate (local outlet)"),
    pytest.param(
        "Power was cut in the district. The energy ministry clarified that \u201cthe outage "
        "was caused by debris from a downed drone, not a direct hit.\u201d",
        [("energy ministry",
          "the outage was caused by debris from a downed drone, not a direct hit.")],
        id="clarified that (Times of Israel)"),
    pytest.param(
        "Sirens sounded twice. \u201cThe alert was triggered by an interceptor launch and "
        "there was no rocket fire,\u201d the army clarified on Sunday.",
        [("the army",
          "The alert was triggered by an interceptor launch and there was no rocket fire")],
        id="clarified after (wire)"),
    pytest.param(
        "Shelling resumed overnight. The Kherson regional administration issued new safety "
        "instructions on Monday.\n\n\u201cResidents of the riverside districts should stay in "
        "shelters until further notice,\u201d the statement read.",
        [("Kherson regional administration",
          "Residents of the riverside districts should stay in shelters until further notice")],
        id="issued safety instructions, then the statement read (Kyiv Independent)"),
    pytest.param(
        "Fighting spread to the capital. The US embassy released a travel advisory for its "
        "citizens.\n\n\u201cDo not travel to the border areas and avoid all large "
        "gatherings,\u201d it said.",
        [("US embassy",
          "Do not travel to the border areas and avoid all large gatherings")],
        id="released a travel advisory, then it said (AP)"),
    pytest.param(
        "Fighting went on. A statement issued by the army said: \u201cTroops repelled the "
        "attack and killed several of the attackers.\u201d",
        [("the army",
          "Troops repelled the attack and killed several of the attackers.")],
        id="a statement issued by, opening the sentence (Premium Times)"),
    pytest.param(
        "Fighting went on. According to a statement from the army, \u201ctroops repelled the "
        "attack and killed several of the attackers.\u201d",
        [("the army",
          "troops repelled the attack and killed several of the attackers.")],
        id="according to a statement from (Dawn)"),
    pytest.param(
        "Fighting went on. \u201cTroops repelled the attack and killed several of the "
        "attackers,\u201d said a statement issued by the army.",
        [("the army",
          "Troops repelled the attack and killed several of the attackers")],
        id="said a statement issued by (AFP)"),
    pytest.param(
        "Aid stopped. \u201cWe have lost contact with two of our teams in the north,\u201d "
        "said Ahmed Musa of the Nigerian Red Cross.",
        [("Ahmed Musa",
          "We have lost contact with two of our teams in the north")],
        id="name of a body after the verb (Reuters)"),
    pytest.param(
        "Aid stopped. \u201cWe have lost contact with two of our teams in the north,\u201d "
        "Jens Laerke of OCHA told reporters in Geneva.",
        [("Jens Laerke",
          "We have lost contact with two of our teams in the north")],
        id="name of an acronym before told (BBC)"),
    pytest.param(
        "Aid stopped. \u201cWe have lost contact with two of our teams in the north,\u201d the "
        "State Emergency Service of Ukraine said.",
        [("State Emergency Service of Ukraine",
          "We have lost contact with two of our teams in the north")],
        id="left alone: a body's own name before of"),
    pytest.param(
        "Talks stalled. A person familiar with the matter told Reuters: \u201cThe talks broke "
        "down over the list of prisoners to be freed.\u201d",
        [("person familiar with the matter",
          "The talks broke down over the list of prisoners to be freed.")],
        id="a person familiar with the matter (Reuters)"),
    pytest.param(
        "Talks stalled. \u201cNeither side has agreed to the new list of names yet,\u201d an "
        "official with knowledge of the talks said.",
        [("official with knowledge of the talks",
          "Neither side has agreed to the new list of names yet")],
        id="an official with knowledge of (AP)"),
    pytest.param(
        "Fires broke out. Farid Khan, deputy commissioner of the district, told Dawn that the "
        "road was closed.\n\n\u201cRescue teams are still working at the site,\u201d he added.",
        [("Farid Khan",
          "Rescue teams are still working at the site")],
        id="office with no article, then he added (Dawn)"),
    pytest.param(
        "The hospital was full. Amal Nasser, director of the hospital, said the wards "
        "overflowed.\n\n\u201cBy morning we had no more blood for transfusions,\u201d she said.",
        [("Amal Nasser",
          "By morning we had no more blood for transfusions")],
        id="office with no article, then she said (wire)"),
    pytest.param(
        "Many died. Governor Babagana Zulum said: \u201cThe first blast hit the market at "
        "noon. A few minutes later a second blast hit the clinic.\n\n\u201cThe wounded are "
        "being treated at the army clinic before they are moved to the city.\u201d The army "
        "imposed a curfew.",
        [("Babagana Zulum",
          "The first blast hit the market at noon. A few minutes later a second blast hit the "
          "clinic."),
         ("Babagana Zulum",
          "The wounded are being treated at the army clinic before they are moved to the city.")],
        id="carried over a paragraph, narrative after the close (Premium Times)"),
    pytest.param(
        "Many died. \u201cThe first blast hit the market at noon,\u201d the hospital "
        "management said. \u201cA few minutes later a second blast hit the clinic.\n\n"
        "\u201cThe wounded are being treated at the army clinic before they are moved to the "
        "city\u201d, it added.",
        [("hospital management",
          "The first blast hit the market at noon"),
         ("hospital management",
          "A few minutes later a second blast hit the clinic."),
         ("hospital management",
          "The wounded are being treated at the army clinic before they are moved to the city")],
        id="a body carried over, then its tag (wire)"),
    pytest.param(
        "The shelling lasted all night. Mayor Ihor Terekhov wrote on Telegram: \u201cThree "
        "districts were hit.\n\n\u201cRescuers are working at every site.\n\n\u201cWe will "
        "publish the list of shelters by noon.\u201d Schools in the city were closed on Monday.",
        [("Ihor Terekhov",
          "Three districts were hit."),
         ("Ihor Terekhov",
          "Rescuers are working at every site."),
         ("Ihor Terekhov",
          "We will publish the list of shelters by noon.")],
        id="three paragraphs, the last with a new sentence (BBC)"),
    pytest.param(
        "Many died. \u201cThe first blast hit the market at noon,\u201d Governor Babagana "
        "Zulum said.\n\n\u201cNobody will be allowed on the roads after dark tonight.\u201d "
        "The army imposed a curfew on the town.",
        [("Babagana Zulum",
          "The first blast hit the market at noon")],
        id="left alone: a closed quotation, then a paragraph quote with narration after"),
]
"""Paragraphs in outlets' styles and the statements read from them, those that must stay
without a speaker ("left alone") among them."""


@pytest.mark.parametrize(("text", "expected"), _PARAGRAPHS)
def test_who_said_each_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    article = Article(id="t", source="t", published=dt.date(2025, 3, 8), text=text)
    assert [(s.speaker, s.quote) for s in RulesBackend().read(article).statements] == expected
