"""The verbs news uses to report what someone said, which attribution, referents and the
people an article names all read."""

from __future__ import annotations

import re

FINITE_VERB = (r"(?:said|says|added|adds|told|tells|wrote|writes|stated|states|posted|posts"
               r"|announced|announces|declared|reported|reports|informed|informs"
               r"|noted|notes|stressed|stresses|emphasi[sz]ed|tweeted|claimed|claims|warned|warns"
               r"|urged|insisted|insists|explained|explains|clarified|clarifies|continued|remarked|replied"
               r"|confirmed|confirms|recalled|concluded|(?<!-)called|described"
               r"|accused|alleged|condemned|vowed|expressed|argued|acknowledged|admitted"
               r"|slammed|blasted|lambasted|branded|denounced|critici[sz]ed"
               r"|asserted|reiterated|underlined|underscored|commented|responded|answered"
               r"|cautioned|pointed\s+out|promised|promises|pledged|pledges|conceded|recounted"
               r"|lamented|pleaded|complained|predicted|demanded|shouted|joked|boasted"
               r"|observed|suggested|wondered|assured|revealed|disclosed|countered|retorted"
               r"|went\s+on|praised|thanked|hailed|put\s+it|summed\s+up|shared|reminded"
               r"|extended\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:gratitude|thanks|condolences)"
               r"|(?:was|were|could\s+be)\s+heard\s+(?:saying|shouting|screaming|pleading|crying"
               r"|yelling))")
PARTICIPLE = (r"(?:saying|stating|adding|writing|warning|noting|calling"
              r"|describing|accusing|condemning|vowing|praising|thanking|hailing)")
"""A verb of saying that goes on a sentence's subject ("Putin welcomed the plan, saying")."""
REPORT_VERB = rf"(?:{FINITE_VERB}|{PARTICIPLE})"
"""A verb that reports speech, including those that quote a phrase the speaker used ("accused
Netanyahu of a "deliberate attempt"", "calling it a "flagrant violation"", "praised Qatar for
"its vital role in the talks"", "slammed the report as "a crude attempt""). A verb of reaction
("rejected", "denied", "welcomed", "echoed") is none: its object is often another speaker's words
("Kyiv rejected Moscow's claim that "...""), whose speaker its subject is not."""

SAYING = re.compile(rf"\b{REPORT_VERB}\b")
