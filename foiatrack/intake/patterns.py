"""The words agencies use, as patterns: one per kind of event, outcome and field.

Kept apart from the logic in :mod:`foiatrack.intake.understand` so each can be read (and tested) on its
own. Every pattern is matched against one sentence of folded text (see :mod:`foiatrack.intake.text`).
"""

from __future__ import annotations

import re

from foiatrack.core.vocabulary import Outcome
from foiatrack.intake.exemptions import (
    ACCESS_BARRED,
    CLASS_LABEL,
    RELEASE_BARRED,
    RELEASE_ONLY_AS_PROVIDED,
)
from foiatrack.intake.text import A_DATE, ABBREVIATION_DOT, COUNT

IC = re.IGNORECASE

# A dot inside a sentence that ends no clause: a citation's abbreviations and numbers ("Minn. Stat. § 13.82, subd. 7").
# ... or an abbreviation's, before a name or a number ("Your request No. 2026-114", "the U.S. Forest Service").
# ... or any abbreviation's right before a comma, a company's above all: "your request for contracts with Acme Corp.,
# which this office received on November 4", "Smith & Co., Ltd., LLC., et al., etc.," (a full stop never stands there).
CITATION_DOT = r"(?:\.(?=\d|,|\s+(?:[a-z\d\u00a7(]|[A-Z][a-z]{0,5}\.))|" + ABBREVIATION_DOT + ")"
# What a sentence holds up to its end, not cut at those dots (nor at a month's: "postmarked Nov. 18, 2026, was").
IN_SENTENCE = r"(?:[^.;]|" + CITATION_DOT + ")"
# ... nor at a code's initials, a dot with the next initial and its dot right after it (no full stop stands so): "51
# O.S. § 24A.8(B)", "N.C.G.S. § 132-1.4(a)", "R.C. 149.43(A)(1)(h)", "La. R.S. 44:3(A)(1)".
IN_CITING_SENTENCE = r"(?:[^.;]|" + CITATION_DOT + r"|\.(?=[A-Z]\.))"

# "your ... request, <its number>, received (by the office) on <date>": the number set off by commas.
RECEIVED_AFTER_NUMBER = (r"\byour\s+(?:[\w()-]+\s+){0,8}request,\s+(?:[^,;.]|\.(?=\s?\d)){1,60},\s+(?:which\s+was\s+)?"
                         r"received\s+(?:by\s+(?:[\w.']+\s+){1,6}?)?(?:on\s+)?(?:\d|[A-Z][a-z])")

# "We got your public records request on November 24", "the Sheriff's Office has gotten your request": plain words
# for its receipt (never the requester's "if you got your records", nor a payment or a reply got).
# ... or took it in: "CDPHE took in your Colorado Open Records Act request on November 16, 2026".
GOT_REQUEST = (r"(?<!\byou\s)(?<!\bthey\s)\b(?:got|gotten|(?:took|taken|takes)\s+in)\s+your\s+"
               r"(?:[\w/()-]+\s+){0,8}?request\b"
               r"(?!\s+for\s+(?:a\s+|an\s+)?(?:fee|waiver|expedit|review|reconsideration|clarification))")

# The request put in the office's queue of work on a day, received then: "Your Freedom of Information Act request was
# placed in this office's processing queue on November 16, 2026", "We added your request to our queue on May 4" (not a
# fee waiver or an appeal so placed).
# ... but not a queue named by the size of what was found, which places a request long received once its pages are
# counted: "Your request has been placed in the large queue" (the FBI's small, medium and large queues)
_QUEUE = (r"(?:(?:this|our|the|its)\s+)?(?!(?:[\w'\u2019]+\s+){0,2}?(?:small|medium|large)\s+(?:processing\s+)?queue\b)"
          r"(?:[\w'\u2019]+\s+){0,3}?queue\b")
QUEUED_REQUEST = (r"\byour\s+(?!(?:[\w/()-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|expedition)\b)(?:[\w/()-]+\s+){0,8}?"
                  r"request\b(?!\s+for\s+(?:a\s+|an\s+)?(?:fee|waiver|expedit|review|reconsideration))[^.;]{0,160}?"
                  # ... or landed there: "Your public records request landed in our queue on November 30, 2026"
                  r"\b(?:(?:was|has\s+been)\s+(?:placed|put|entered|added)|(?:has\s+)?(?:landed|dropped))\s+(?:in|into|on|to)\s+"
                  + _QUEUE + r"|"
                  r"(?<!\byou\s)\b(?:placed|put|entered|added)\s+your\s+(?:[\w/()-]+\s+){0,8}?request\s+(?:in|into|on|to)\s+"
                  + _QUEUE)

# The request held by the office since a day is received then: "Our office has had your request since October 29,
# 2026", "your FOIA request has been with this office since May 4" (not "you have had the records since", nor a
# payment held).
HAD_REQUEST_SINCE = (r"(?<!\byou\s)\b(?:has|have)\s+had\s+your\s+(?:[\w/()-]+\s+){0,8}?request\s+since\b|"
                     r"\byour\s+(?:[\w/()-]+\s+){0,8}?request\s+has\s+been\s+(?:with|in)\s+(?:us|our|this|the)\b"
                     r"[^.;]{0,60}?\bsince\b")
# The request on file with the office since a day is received then: "FinCEN's Disclosure Office has your Freedom of
# Information Act request on file as of November 30, 2026", "Your request has been on file with us since May 4", "We
# have had your request on file since ..." (not the requester's "you have our letter on file", nor a fee waiver request
# or an appeal on file).
REQUEST_ON_FILE = (r"(?<!\byou\s)(?<!\bif\s)\b(?:has|have)\s+(?:had\s+)?your\s+"
                   r"(?!(?:[\w/()-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|payment)\b)(?:[\w/()-]+\s+){0,8}?request\s+"
                   r"on\s+file\s+(?:(?:with|at|in)\s+(?:us|our\s+\w+|this\s+\w+)\s+)?(?:as\s+of|since|from)\s+"
                   r"(?=[A-Z][a-z]+\.?\s+\d|\d)|"
                   r"\byour\s+(?!(?:[\w/()-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|payment)\b)(?:[\w/()-]+\s+){0,8}?"
                   r"request\s+(?:has\s+been|is|was)\s+(?:placed\s+)?on\s+file\s+(?:(?:with|at|in)\s+(?:us|our\s+\w+|this\s+\w+)\s+)?"
                   r"(?:as\s+of|since|from)\s+(?=[A-Z][a-z]+\.?\s+\d|\d)")
# A request put in through the office's own portal reaches it that day: "Your public records request, submitted through
# our Records Center on 11/30/2026, ...", "your request was made via the City's online portal on May 4", "the request
# you submitted through NC State's public records request portal on December 4" (not sent to
# another office, nor the requester's e-mail "sent to" someone).
# The day the requester sent a request or appeal, told right before the date: "the FOIA request you submitted on October
# 29, 2026", "the appeal she mailed on November 2" (the day it went out, not the day it came in).
SENT_BY_REQUESTER_ON = (r"\b(?:you|he|she|they|the\s+(?:requester|requestor|appellant|complainant))\s+"
                        r"(?:had\s+|have\s+|has\s+)?(?:submitted|sent|filed|made|mailed|e-?mailed|faxed|wrote|posted)\b(?:\s+(?:it|them|this|that|"
                        r"to\s+(?:the|this|our)\s+[\w-]+(?:\s+[\w-]+)?))?\s+on\s*$")
SUBMITTED_THROUGH_OURS = (r"\b(?:submitted|made|filed|entered|placed|lodged)\s+"
                          r"(?:(?:your|the|this)\s+(?:[\w()/-]+\s+){0,6}?request\s+)?(?:through|via|using|in|on|by\s+way\s+of)\s+"
                          r"(?:our|this\s+office(?:'s|\u2019s)|the\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:'s|\u2019s)|"
                          # ... the office's own name without "the": "through NC State's public records request
                          # portal" (capitals, matched case-sensitively: not "through your attorney's portal")
                          r"(?-i:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:'s|\u2019s))\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:portal|records\s+center|center|centre|system|website|web\s+site|"
                          r"site|web\s+form|online\s+form|app)\b")
# A portal's field list or form row giving the day the request was put in: "Date Submitted: 11/20/2026", "Submission
# Date | November 20, 2026", "Request Submitted On: 11/20/2026": put in through the portal, so received that day
# (read only where no receipt is said in words: "CBP received your request on 10/14/2026" beside "Date Submitted:
# 10/13/2026" is the receipt).
SUBMITTED_LABEL = (r"^\W*(?:date\s+(?:request\s+)?submitted|(?:request\s+)?(?:submitted|submission|submit)"
                   r"(?:\s+(?:on|date))?|date\s+of\s+submission)\s*[|:]")
# ... and a bare "Received:" label before a date in such a list: "Received:                11/24/2026" (the request's
# receipt in a notice about the request; not "Payment Received:").
RECEIVED_LABEL = (r"^\W*(?:request\s+)?received(?:\s+on)?\s*[|:]\s*"
                  r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)")
# The request's state in the portal's record, printed with its notice beside its "Submitted:" date, past its receipt:
# "Status: On Hold - Need Info/Clarification", "Request Status: Awaiting Requester Payment", "Current Stage: Review"
# (not a state that is its receipt: "Status: Received", "Status: New", "Status: Submitted").
PORTAL_RECORD_FIELD = re.compile(r"^\W*(?:(?:request|current|case)\s+)?(?:status|stage)\s*[|:]\s*"
                                 r"(?!(?:received|new|submitted|acknowledged|logged|open(?:ed)?)\b)\S", IC)
# A file or case opened for the request: "We opened a file for your public records request on November 16, 2026"
# (the office's act, so its receipt; not a file opened for an appeal, a fee waiver or a complaint).
OPENED_FOR_REQUEST = (r"(?<!\byou\s)\b(?:opened|set\s+up|created)\s+(?:a|an|the)\s+(?:new\s+)?(?:file|case|record|"
                      r"matter|ticket)\s+(?:for|on)\s+your\s+(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|"
                      r"complaint)\b)(?:[\w()/-]+\s+){0,6}?request\b")
# The request kept in the office's system under its number: "Yes, it came through, and it is in our system under
# 27-FI-HQ-00218", "Your request has been entered into our tracking system as 2027-00456" (a number follows; not an
# appeal or a fee waiver request so kept).
KEPT_UNDER_NUMBER = (r"\b(?:it|(?:your|the|this)\s+(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*)\b)"
                     r"(?:[\w()/-]+\s+){0,6}?request)\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:(?:logged|entered|filed|"
                     r"recorded|registered|saved)\s+)?in(?:to)?\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:system|database|"
                     r"queue|log)\s+(?:under|as)\s+(?:no\.?\s*|number\s+|#\s*)?[A-Z0-9]*\d")
# ... or the office logged it under a number it points to or gives: "We have logged it under the number shown above",
# "The Unit entered your request under the reference number in the subject line", "we registered it as tracking
# number 27-00318-F" (the office's act; not the requester's, nor an appeal, a waiver request or a payment so logged).
LOGGED_UNDER_NUMBER = (r"(?<!\byou\s)(?<!\bif\s)\b(?:we|I|(?:office|unit|department|agency|center|branch|division|"
                       r"section|staff))\s+(?:have\s+|has\s+)?(?:logged|entered|registered|recorded|docketed|filed)\s+"
                       r"(?:it|your\s+(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|payment)\b)"
                       r"(?:[\w()/-]+\s+){0,6}?request)\s+(?:in(?:to)?\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:system|database|log)\s+)?(?:under|as)\s+(?:the\s+|our\s+|its\s+)?(?:(?:tracking|reference|"
                       r"control|request|case|file|FOIA)\s+)?(?:number|no\.?|#)\s*(?:(?:shown|given|printed|listed|noted|"
                       r"referenced|cited)\s+)?(?:above|below|in\s+the\s+(?:subject|reference|re)\s+line|at\s+the\s+top\b|"
                       r"[A-Z0-9]*\d)")
# "The Office of Public Information took receipt of your FOIA request on November 2": the receipt as an act of the
# office's (never a payment, a check or an appeal taken receipt of).
# ... or delivery: "The Records Bureau took delivery of your Inspection of Public Records Act request on November 23"
TOOK_RECEIPT = (r"\b(?:took|takes|has\s+taken|have\s+taken|taking)\s+(?:receipt|delivery)\s+of\s+your\s+"
                r"(?:[\w/()-]+\s+){0,8}?request\b(?!\s+for\s+(?:a\s+|an\s+)?(?:fee|waiver|expedit|review|"
                r"reconsideration|clarification))")

# "FEMA's Disclosure Branch took in your request ... on August 3, 2026", "the Unit has taken in your request": the
# office's receipt in plain words (not "you took in", nor a payment or a fee waiver request taken in).
TOOK_IN_REQUEST = (r"(?<!\byou\s)(?<!\bthey\s)\b(?:took|takes|has\s+taken|have\s+taken)\s+in\s+your\s+"
                   r"(?:[\w/()-]+\s+){0,8}?request\b(?!\s+for\s+(?:a\s+|an\s+)?(?:fee|waiver|expedit|review|"
                   r"reconsideration|clarification))")

# The office holds the request and is working on it: "U.S. Customs and Border Protection (CBP) has your Freedom of
# Information Act request and is processing it", "We have your request for the A-File of ... and are reviewing it"
# (not the requester's, nor a fee waiver request, nor a request merely on hand: "The Office has your request for a fee
# waiver under consideration").
HAS_REQUEST_IN_HAND = (r"(?<!\byou\s)(?<!\bif\s)(?<!\bthey\s)\b(?:has|have)\s+your\s+(?:[\w/()-]+\s+){0,8}?request\b"
                       r"(?!\s+for\s+(?:a\s+|an\s+)?(?:fee|waiver|expedit|review|reconsideration|clarification))"
                       r"[^.;]{0,200}?\band\s+(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?(?:processing|working\s+on|"
                       r"reviewing|handling|searching\s+for)\b")

# --- what each kind of letter says -------------------------------------------------------------------------
# The sentence adverbs an agency sets between "is" and its decision: "Your request is therefore denied", "the records
# are accordingly withheld", "is hereby granted".
DECIDING_ADVERBS = r"(?:(?:hereby|therefore|accordingly|thus|consequently|hence|respectfully|also)\s+){0,2}"
# The request named in an opening clause and refused after its comma, "it" standing for it: "Because your request is
# overly broad and does not reasonably describe the records you seek, it is denied", "Since this request repeats your
# earlier one, it has been declined" (never in part; never a refusal foreseen, "it will be denied", nor one of a fee
# waiver or expedited processing, which the callers tell apart).
REQUEST_THEN_IT_REFUSED = (r"\brequest\b[^.;]{0,240}?,\s+it\s+(?:is|has\s+been|must\s+"
                           r"(?:therefore\s+|accordingly\s+)?be)\s+" + DECIDING_ADVERBS
                           + r"(?:denied|declined|refused)\b(?!\s+in\s+part)")
# The office closing a request it names by its kind and number, with no "your" or "this" before it: "CBP has
# administratively closed FOIA request CBP-FO-2026-071933 in SecureRelease", "the Department has closed request No.
# 26-0871", "we have therefore closed public records request #2026-4410" (the number makes it this request).
CLOSED_BY_NUMBER = (r"(?<!will\s)(?<!would\s)(?<!may\s)\b(?:has|have)\s+(?:now\s+)?" + DECIDING_ADVERBS
                    + r"(?:now\s+)?(?:administratively\s+)?closed\s+(?:(?:FOIA|FOIL|Privacy\s+Act|public|open|"
                    r"records?|information|PRA|RTK|right-to-know|/)\s*){0,3}(?:request|case|file)\s+(?:no\.?\s*|"
                    r"number\s+|#\s*)?(?=[A-Z0-9-]*\d)[A-Z0-9][\w-]*\d")
# A release made before this letter: "released to you in an earlier response", "previously provided".
# (the requester's own earlier request too: "released to you on August 14, 2026, in response to your earlier request
# 26-09112-F")
MADE_BEFORE = (r"\b(?:previously|already|(?:an?|our|the|its|my|your)\s+(?:earlier|previous|prior)\s+(?:\w+\s+)?"
               r"(?:responses?|releases?|letters?|productions?|installments?|repl(?:y|ies)|determinations?|e-?mails?|"
               r"requests?)|"
               # ... or when: "earlier this year", "last month", "two weeks ago", "in our response of March 3", "in
               # the Department's letter dated May 4"
               r"(?:earlier|last)\s+(?:(?:this|in\s+the)\s+)?(?:year|month|week|spring|summer|fall|autumn|winter)|"
               r"(?:\w+\s+)(?:days?|weeks?|months?|years?)\s+ago|"
               r"in\s+(?:our|an?|the|its|my|[A-Z][\w'\u2019]*)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:responses?|letters?|repl(?:y|ies)|"
               r"productions?|releases?|determinations?|e-?mails?)\s+(?:of|dated|sent(?:\s+on)?)\s+"
               # (a day of one digit or two: "of September 4", "of September 14", "of 9/14/2026", "of 14 September")
               r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}))\b")
# Pages withheld before, named as what the office takes up again (a re-review after OGIS's help, a reconsideration):
# "we agreed to re-review the 41 pages withheld in full to determine whether any of them ... could be released", "we
# reconsidered the 12 pages we had withheld", "the Bureau re-examined the 30 pages previously redacted" (what the review
# found is told after; not a review that counts what it withholds: "We reviewed 41 pages and withheld 18 in full").
PAGES_TAKEN_UP_AGAIN = re.compile(r"\b(?:re-?review(?:ed|ing|s)?|reconsider(?:ed|ing|s)?|re-?examin(?:e|ed|es|ing)|"
                                  r"re-?process(?:ed|es|ing)?|(?:look(?:ed|ing|s)?\s+again|(?:take|took|taking|takes)\s+"
                                  r"(?:a\s+)?(?:another|second|fresh|new)\s+look)\s+at|"
                                  # ... or sent back to the office for it by a review: "OHA granted your appeal in part
                                  # and remanded to BPA, for a new determination, the 37 pages of ... memoranda that BPA
                                  # had withheld in full" (what the office now decides is told after)
                                  r"remand(?:ed|s|ing)?(?:\s+to\s+(?:the\s+)?[\w&'.-]+(?:\s+[\w&'.-]+){0,4}?\s*,?)?"
                                  r"(?:\s+for\s+(?:a\s+)?(?:new|further|fresh)\s+(?:determination|review|processing|"
                                  r"response)\s*,?)?)\s+(?:the|those|these|all|all\s+of"
                                  # ... the pages named by what they hold: "we re-reviewed the 22 pages of exhibits
                                  # withheld in full"
                                  r"\s+the)\s+" + COUNT + r"\s+pages?\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?"
                                  # (the office named by its initials too: "that BPA had withheld")
                                  r"(?:(?:that\s+)?(?:we|it|they|the\s+[\w-]+|(?-i:[A-Z]{2,}[\w-]*))\s+"
                                  r"had\s+|(?:that|which)\s+(?:were|had\s+been)\s+|(?:previously|originally|earlier|"
                                  r"initially)\s+)?"
                                  r"(?:withheld|redacted|denied|excised)\b", IC)
# A release this letter does not make: past, and made earlier ("These records were released to you earlier this year",
# "The 45 pages you ask about were provided to you in our response of March 3").
# Pages an earlier letter said were found, told again: "By letter dated October 27, 2026, MCSO informed you that it
# had located approximately 2,300 pages of responsive records", "We advised you on May 2 that we had identified 310
# pages" (not this letter's own find: "We located 2,300 pages of responsive records").
FOUND_EARLIER_TOLD = re.compile(r"\b(?:informed|told|advised|notified)\s+you\b[^.;]{0,40}?\bthat\s+"
                                r"(?:(?:it|we|they|I)\s+|the\s+(?:[\w-]+\s+){1,3}?)had\s+(?:(?:already|previously)\s+)?(?:located|found|identified|"
                                r"gathered|collected)\b|"
                                # ... or so opened: "As we explained in our letter of June 22, 2026, the records
                                # responsive to your request ... consist of approximately 2,900 pages"
                                r"^\W*as\s+(?:we|I)\s+(?:explained|advised|informed\s+you|told\s+you|noted|stated|"
                                r"indicated)\s+(?:(?:to\s+)?you\s+)?in\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:letter|e-?mail|response|reply|acknowledge?ment)\s+(?:of|dated)\b|"
                                # ... or what that letter told, taken up as "that response" after the sentence that
                                # names it, or named by its day: "In that response, CCSO advised you that the
                                # responsive records totaled 1,150 pages", "In our letter of November 20, 2026, we
                                # informed you that ..." (not this one: "In this response, we advise you that ...")
                                r"^\W*in\s+(?:that|the\s+(?:initial|original|earlier|previous|prior|first|last))\s+"
                                r"(?:written\s+)?(?:letter|e-?mail|response|reply|notice|determination|correspondence)"
                                r"\s*,[^.;]{0,60}?\b(?:informed|told|advised|notified)\s+you\b|"
                                r"^\W*in\s+(?:our|its|my|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|e-?mail|response|reply|"
                                r"notice|correspondence)\s+(?:of|dated|sent(?:\s+to\s+you)?\s+on)\s+" + A_DATE
                                + r"\s*,[^.;]{0,60}?\b(?:informed|told|advised|notified)\s+you\b", IC)
_EARLIER_WORD = r"(?:initial|original|earlier|previous|prior|first|last)"
_ANSWER_WORD = r"(?:letter|e-?mail|response|reply|determination|answer)"
RELEASED_EARLIER = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}?"
                              r"(?:released|provided|produced|disclosed|sent|furnished|mailed|e-?mailed)\b"
                              rf"[^.;]{{0,80}}?{MADE_BEFORE}|"
                              # ... or the word of time before the verb, the day or the request it went out on after
                              # it: "Eight of these pages ... were previously released to you on July 30, 2026, in
                              # response to your FOIA request 2026-11872", "12 pages were already provided to you in
                              # response to request 26-114" (not "were previously withheld", nor a release "already"
                              # made with this letter: "are already enclosed")
                              r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:previously|already|earlier)\s+"
                              r"(?:released|provided|produced|disclosed|sent|furnished|mailed|e-?mailed|made\s+available)"
                              r"\s+(?:to\s+you\s+)?(?:on\s+" + A_DATE + r"|in\s+response\s+to\s+(?:your|an?|the)\s+"
                              r"(?:(?:earlier|previous|prior|other|separate)\s+)?(?:[\w-]+\s+){0,3}?requests?)\b|"
                              # ... or an earlier installment told as done, in a letter that makes a later one: "The
                              # first installment of 146 pages was provided to you on November 6, 2026", "Our second
                              # release, 88 pages, was made available on the portal on October 2" (not "The first
                              # installment is enclosed")
                              r"\b(?:first|second|third|fourth|fifth|previous|prior|earlier|initial|last)\s+(?:interim\s+)?"
                              r"(?:installments?|instalments?|releases?|productions?|tranches?|batch(?:es)?)\b[^.;]{0,60}?"
                              r"\b(?:was|were|had\s+been)\s+(?:\w+\s+){0,2}?(?:released|provided|produced|disclosed|sent|"
                              r"furnished|mailed|e-?mailed|made\s+available|uploaded|posted)\b|"
                              # ... or told in the active voice after the day it was made: "On October 9, 2026, the
                              # NYPD provided you with a first release of 40 pages", "In our letter of May 4, 2026, we
                              # made our second interim production" (not "we are making our second production")
                              r"^\W*(?:on|in\s+(?:our|its|the|an?|[A-Z][\w'\u2019]*)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                              # (the day written any way: "On 9 October 2026, the NYPD provided you ...")
                              r"(?:letter|e-?mail|response|reply)\s+(?:of|dated))\s+" + A_DATE + r",?"
                              r"\s+[^.;]{0,60}?\b(?:released|provided|produced|disclosed|sent|furnished|mailed|e-?mailed|"
                              r"made|issued)\b[^.;]{0,40}?\b(?:first|second|third|fourth|fifth|previous|prior|earlier|"
                              r"initial|partial|interim)\s+(?:interim\s+|partial\s+)?(?:installments?|releases?|"
                              r"productions?|tranches?|batch(?:es)?)\b|"
                              # ... or the office's own earlier answer named by its day, and what it released or
                              # withheld then, recalled in a later letter (a supplemental release, a re-review): "In
                              # our response of August 18, 2026, we released 96 pages to you in full and withheld 41
                              # pages", "In its May 4, 2026 letter, the Bureau provided 212 pages" (not this letter's:
                              # "In this response, we are releasing 23 pages")
                              # (named by its day or as earlier: "In our response, ..." may be this one)
                              # ... the answer an interim one ("In our first interim response, dated September 24,
                              # 2026, TSA released 214 pages to you"), the office named by its initials or name
                              r"^\W*in\s+(?:our|its|my|their)\s+(?:(?:" + _EARLIER_WORD + r"\s+)?" + A_DATE + r",?\s+"
                              r"(?:written\s+)?" + _ANSWER_WORD + r"|(?:" + _EARLIER_WORD + r"\s+)?(?:written\s+|"
                              r"interim\s+|partial\s+)?" + _ANSWER_WORD + r"\s*,?\s+(?:of|dated|issued(?:\s+on)?)\s+"
                              + A_DATE + r"|" + _EARLIER_WORD + r"\s+(?:written\s+|interim\s+|partial\s+)?"
                              + _ANSWER_WORD + r")\s*,"
                              r"\s+(?:we|I|(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:office|department|agency|unit|"
                              r"division|bureau|group|branch)|(?-i:[A-Z]{2,6}))\s+(?:had\s+)?(?:released|provided|"
                              r"produced|disclosed|sent|withheld)\b|"
                              # ... or the earlier answer a sentence before named, taken up as "that response": "This
                              # letter supplements the Board's August 27, 2026 response to your request ... In that
                              # response, the Board released 84 pages in part and withheld 19 pages in full", "In the
                              # earlier letter, the Service provided 40 pages" (not this one: "In this response, the
                              # Board is releasing 17 pages")
                              r"^\W*in\s+(?:that|the\s+" + _EARLIER_WORD + r")\s+(?:written\s+)?" + _ANSWER_WORD
                              + r"\s*,\s+[^.;]{0,60}?\b(?:had\s+)?(?:released|provided|produced|disclosed|sent|"
                              r"withheld)\b|"
                              # ... or that earlier answer the subject of the sentence, what it released told in the
                              # past: "Our first interim response, dated November 13, 2026, released 126 pages", "The
                              # Bureau's previous letter provided 40 pages", "Our response of May 4, 2026 produced 212
                              # pages" (named as earlier or by its day; not this one: "This interim response releases
                              # 61 pages", "Our response is enclosed")
                              r"^\W*(?:our|its|my|their|the|(?-i:[A-Z][\w&.-]*)['\u2019]s)\s+(?:(?:(?:" + _EARLIER_WORD
                              + r"|second|third|fourth|fifth)\s+)(?:written\s+|interim\s+|partial\s+){0,2}"
                              + _ANSWER_WORD
                              + r"(?:\s*,?\s+(?:of|dated|issued(?:\s+on)?|sent(?:\s+on)?)\s+" + A_DATE + r"\s*,?)?|"
                              r"(?:written\s+|interim\s+|partial\s+){0,2}" + _ANSWER_WORD + r"\s*,?\s+(?:of|dated|"
                              r"issued(?:\s+on)?|sent(?:\s+on)?)\s+" + A_DATE + r"\s*,?)"
                              r"\s+(?:had\s+)?(?:released|provided|produced|disclosed|furnished|withheld|"
                              r"made\s+available)\b", re.I)
# A release told in the past after the day it was made, at the sentence's head: "On June 30, 2026, FEMA released 118
# pages to you, some with redactions" (an earlier one where that day is before the letter's own; not "On review, we
# released ...", no day); or after the earlier letter named by its day: "By letter dated July 21, 2026, SBA released 26
# pages to you with redactions", "In an e-mail of May 4, 2026, the Bureau provided 40 pages".
# ... or the office's answer of that day told with what it gave out: "ATF responded to your request on July 8, 2026,
# releasing 164 pages with redactions", "the Bureau replied on May 4, 2026 and provided 212 pages" (not "we are
# responding today, releasing ...": no day before the letter's own).
# ... the day after words that call the earlier letter to mind: "As you will recall, on August 19, 2026, we sent you our
# first interim response, releasing 188 pages with redactions", "As you know, on May 4, 2026, the Bureau provided ...".
DATED_PAST_RELEASE = re.compile(r"^\W*(?:as\s+you\s+(?:will\s+|may\s+)?(?:recall|know|remember)\s*,\s*)?"
                                r"(?:on|(?:by|in|with|through)\s+(?:(?:our|its|an?|the|my|their)\s+)?(?:[\w-]+\s+)?"
                                r"(?:letter|e-?mail|response|reply|correspondence)\s+(?:dated|of)(?:\s+on)?)\s+"
                                + A_DATE + r",?\s+[^.;]{0,60}?\b(?:released|provided|produced|disclosed|"
                                r"sent|furnished|mailed|e-?mailed|made\s+available)\b|"
                                r"\b(?:responded|replied|answered)\s+(?:to\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,4}?"
                                r"request\s+)?on\s+" + A_DATE + r",?\s+(?:and\s+)?(?:releasing|released|providing|"
                                r"provided|producing|produced|disclosing|disclosed|sending|sent)\b|"
                                # ... or the answer of that day named as issued, what it gave out after: "On July 22,
                                # 2026, the Johnson Space Center (JSC) FOIA Office issued its final response to your
                                # request, releasing 88 pages in part and withholding 46 pages in full", "On May 4,
                                # 2026, we sent you our determination, providing 212 pages" (not "we are issuing this
                                # response, releasing ...": no day)
                                r"^\W*(?:as\s+you\s+(?:will\s+|may\s+)?(?:recall|know|remember)\s*,\s*)?on\s+"
                                + A_DATE + r",?\s+[^.;]{0,100}?\b(?:issued|sent|mailed|e-?mailed)\s+(?:you\s+)?"
                                r"(?:its|our|their|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:response|determination|reply|"
                                r"answer|decision|letter)\b(?:\s+(?:to|on)\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,4}?"
                                r"request)?\s*,?\s+(?:and\s+)?(?:releasing|released|providing|provided|producing|"
                                r"produced|disclosing|disclosed)\b|"
                                # ... or the answer named as issued with its day after it, what it gave out or kept
                                # back after that: "NMFS issued its final response on August 14, 2026, releasing 96
                                # pages and withholding 41 pages in full", "the Bureau sent you its determination
                                # dated May 4, 2026, withholding 12 pages" (not "we are issuing this response on
                                # behalf of ...": no day, nor a response due on a day)
                                r"(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbeing\s)\b(?:issued|sent|mailed|e-?mailed)\s+"
                                r"(?:to\s+)?(?:you\s+)?(?:its|our|their|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:response|"
                                r"determination|reply|answer|decision|letter)\s+(?:to\s+(?:you|your\s+request)\s+)?"
                                r"(?:dated\s+|of\s+|on\s+)" + A_DATE + r",?\s+(?:and\s+)?(?:releasing|released|"
                                r"providing|provided|producing|produced|disclosing|disclosed|withholding|withheld|"
                                r"denying|denied)\b|"
                                # ... or the verb first, in the past, and the earlier letter that made the release
                                # named by its day after it: "The FAA completed the processing of your request ... and
                                # released the responsive records to you by letter dated November 24, 2026", "we sent
                                # the records to you on May 4, 2026" (the records named, never those asked for on a
                                # day: "we are releasing the records you requested on May 4")
                                r"(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbeing\s)\b(?:released|provided|produced|"
                                r"disclosed|sent|furnished|mailed|e-?mailed)\s+(?:(?:the|all|these|those|your|its|our|"
                                r"responsive|requested|remaining|redacted)\s+){0,3}(?:records?|documents?|pages?|files?|"
                                r"materials?|information|data|copies|them|it)\s+(?:to\s+you\s+)?(?:(?:by|in|with|"
                                r"through)\s+(?:(?:a|an|our|its|the|my|their)\s+)?(?:letter|e-?mail|response|reply|"
                                r"correspondence|notice)\s+(?:dated|of)(?:\s+on)?|on)\s+" + A_DATE,
                                re.I)
# ... unless the sentence releases something now as well.
# Pages said to be among those already counted as released or withheld, a share of them told again: "Nine (9) pages
# consulted with the Department of Homeland Security ... are among the pages released in part", "Included in the pages
# released in this installment are 36 pages of Department of State cables" (not pages added to them: "are released in
# addition to the pages above").
AMONG_PAGES_COUNTED = re.compile(r"\b(?:are|were|is|was)\s+(?:also\s+)?(?:included\s+)?(?:among|within|part\s+of)\s+"
                                 r"(?:the|those|these)\s+(?:[\d,]+\s+)?pages\s+(?:(?:being|that\s+(?:are|were))\s+)?"
                                 r"(?:released|withheld|provided|produced|disclosed|counted|listed|described)\b|"
                                 r"^\W*included\s+(?:in|among)\s+the\s+(?:[\d,]+\s+)?pages\s+(?:being\s+)?(?:released|"
                                 r"provided|produced|disclosed)\b", re.IGNORECASE)
RELEASED_NOW = re.compile(r"\b(?:are|is)\s+(?:now\s+|hereby\s+)?(?:being\s+)?(?:released|enclosed|attached)\b|"
                          r"\b(?:now|today|herewith)\b|\b(?:we|I)\s+(?:are|am)\s+(?:now\s+)?(?:releasing|enclosing)",
                          re.I)
# The verb of a release made now, said outright (not "produced", which may tell what a search turned up): "The records
# released today, 412 pages", "we are releasing 96 pages", "96 pages are enclosed".
RELEASED_NOW_SAID = re.compile(r"\b(?:releas(?:ed|ing)|enclos(?:ed|ing)|attach(?:ed|ing)|provid(?:ed|ing)|"
                               r"disclos(?:ed|ing)|upload(?:ed|ing)|posted)\b", IC)
# What a letter confirms when it confirms a talk, not the request: "our telephone conversation of November 30", "your
# call yesterday", "the meeting we had on May 4"; or what was agreed in one, the day told being the talk's: "This letter
# confirms the agreement reached during the December 16, 2026, teleconference facilitated by ... OGIS", "confirms the
# understanding we reached on May 4".
_NOT_OF_A_TALK = (r"(?!\s+(?:that\s+)?(?:our|the|your|my|a|an|this|yesterday's|today's)\s+(?:[\w'-]+\s+){0,3}?"
                  r"(?:conversations?|(?:tele)?phone\s+calls?|calls?|discussions?|meetings?|voicemails?|"
                  r"(?:tele)?phone\s+messages?|conference|(?:tele|video)conferences?|agreements?|understandings?|"
                  r"arrangements?)\b)")
ACK_STRONG = re.compile(
    r"acknowledg\w*\s+(?:the\s+)?receipt|(?:this|the)\s+(?:letter|e-?mail|message|notice)\s+(?:is\s+to\s+)?"
    # "this email confirms", never "reply to this email confirming that you will pay" (the requester confirming)
    # ... but not of a call or a meeting: "This e-mail confirms our telephone conversation of November 30"
    r"(?:acknowledges?|confirms?)\b" + _NOT_OF_A_TALK + r"|this\s+is\s+to\s+(?:acknowledge|confirm)\b" + _NOT_OF_A_TALK
    + r"|confirm(?:s|ing)?\s+(?:the\s+)?receipt|"
    r"\b(?:is|are)\s+in\s+receipt\s+of|\backnowledges?\s+your\s+(?:\w+\s+){0,4}request|"
    # "The Department of the Navy FOIA Office acknowledges that your Freedom of Information Act (FOIA) request ... was
    # logged" (the office's own word, not "you acknowledged that your request ...")
    r"\backnowledges\s+that\s+your\s+(?:[\w-]+\s+|\([A-Z][A-Z0-9./&-]{1,9}\)\s+){0,8}request\b|"
    # ... a portal's notice in the third person: "The Department of Buildings (DOB) has acknowledged your FOIL request"
    # (not the requester's "you have acknowledged", nor an earlier acknowledgement recalled: "we acknowledged")
    r"(?<!\byou\s)\b(?:has|have)\s+acknowledged\s+your\s+(?:\w+\s+){0,4}request\b|"
    # ... and in the passive, the agency named after: "Your FOIL request FOIL-2026-827-09114 has been acknowledged by
    # the Department of Sanitation", "This request is hereby acknowledged" (not an appeal's, a fee waiver request's or
    # a payment's; nor an earlier acknowledgement recalled: "Your request was acknowledged on October 3")
    r"\b(?:your|the|this)\s+(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|expedition|payment)\b)"
    r"(?:[\w()/-]+\s+){0,6}?request\b(?!\s+for\s+(?:a\s+|an\s+|the\s+)?(?:fee|waiver|expedit|review|reconsideration))"
    r"[^.;]{0,60}?\b(?:has\s+been|is(?:\s+hereby)?)\s+acknowledged\b(?!\s+(?:on|in|as\s+of)\b)", IC)
# ... or docketed or registered: "Your request, for the ..., was docketed by our office on November 9, 2026"
# ... said of "the request" or "this request" too, or by the office ("We docketed your request on"); not of an
# appeal ("the appeal request") nor of a payment.
# ... nor of a request for a fee waiver or for expedition: "Your request for a fee waiver was logged on November 20"
# (the request itself said received acknowledges it, not this).
SIDE_REQUEST = (r"\brequest\s+for\s+(?:a\s+|an\s+|the\s+)?(?:fee|waiver|expedit|review|reconsideration)|"
                r"\b(?:waiver|expedit\w*|expedition)\s+request\b")
REQUEST_LOGGED = (r"(?:\b(?:your|the|this)\s+(?!(?:\w+\s+){0,6}?(?:appeal|waiver|expedit\w*|expedition)\b)"
                  r"(?:\w+\s+){0,6}request\b(?!\s+for\s+(?:a\s+|an\s+|the\s+)?(?:fee|waiver|expedit|review|reconsideration))"
                  r"[^.;]{0,200}?"
                  r"\b(?:was|has\s+been)\s+|\b(?:we|I)\s+(?:have\s+)?(?=(?:logged|entered|docketed)\s+your\s+"
                  r"(?!(?:\w+\s+){0,6}?(?:appeal|waiver|expedit\w*|expedition)\b)(?:\w+\s+){0,6}request\b"
                  r"(?!\s+for\s+(?:a\s+|an\s+|the\s+)?(?:fee|waiver|expedit|review|reconsideration))))"
                  r"(?:logged|entered|docketed|registered)\s+(?:your\s+(?:\w+\s+){0,6}request\s+)?"
                  r"(?:in|into|on|by)\s+"
                  # ... a system named at length: "logged into the DoD Public Access Link (PAL) on October 5, 2026"
                  r"(?:(?:our|the|this|its)\s+)?(?:\w+\s+|\([A-Z][A-Z0-9./&-]{1,9}\)\s+){0,5}?"
                  r"(?:(?:system|office|database|portal|queue)\s+)?(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d)")
# The stop after a word a code's citation abbreviates, inside the sentence that cites it: "Md. Code Ann., Gen. Prov.
# § 4-101 et seq.", "Gov. Code", "Tenn. Code Ann.", "Ariz. Rev. Stat.", "N.Y. Pub. Off. Law", "Conn. Gen. Stat."
# (each a fixed look-behind, so that a state's abbreviation and the code's words stop no citation).
CODE_ABBREVIATION_DOT = "(?:" + "|".join(rf"(?<=\b{word})" for word in (
    "Gov", "Govt", "Stat", "Stats", "Ann", "seq", "Code", "Gen", "Prov", "Rev", "Comp", "Pub", "Off", "Cons",
    "Md", "Va", "La", "Ga", "Ky", "Mo", "Pa", "Ala", "Ariz", "Ark", "Cal", "Colo", "Conn", "Del", "Fla", "Haw", "Ill",
    "Ind", "Kan", "Mass", "Mich", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla", "Tenn", "Tex", "Wash", "Wis",
    "Wyo")) + r")\."
# How a request was sent, before it was received: "was submitted through our records portal and received by".
# ... or how its receipt was entered: "was logged as received on Friday, November 20, 2026", "was recorded as
# received on", "was date-stamped as received on".
_SENT_AND = (r"(?:(?:submitted|sent|filed|made|forwarded|routed|transmitted|e-?mailed|mailed|faxed)\b[^.;]{0,80}?"
             r"\band\s+|(?:logged|recorded|entered|marked|noted|registered|(?:date-?)?stamped)\s+as\s+)?")
ACK_WEAK = re.compile(
    # "Your request for ... (however long the subject) was received on 3 Feb 2026"
    # (dots inside a citation, "MCL 15.231 et seq., was received", are no sentence's end)
    # ("Your request under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., was received": an abbreviated
    # code's dots, before a capital or a section number, neither)
    # ... or sent in one way and received: "Your request ... was submitted through our records portal and received by
    # the Department on January 15, 2026"
    r"\byour\s+(?:\w+\s+){0,6}request\b(?:[^.;]|\.(?=[\d,]|\s[a-z]|[A-Z]\.|\s\d)|"
    rf"{CODE_ABBREVIATION_DOT}){{0,200}}?\b(?:was|has\s+been)\s+"
    rf"{_SENT_AND}received\s+(?:on|in|by)\b|"
    # "Your request for ... (however long) was logged into our system on October 27, 2026"
    rf"{REQUEST_LOGGED}|"
    # "We received your request", "the Pennsylvania State Police received your Right-to-Know Law request"
    r"\b\w+\s+(?:has\s+|have\s+)?received\s+your\s+(?:[\w/()-]+\s+){0,8}request|"
    rf"{GOT_REQUEST}|{HAD_REQUEST_SINCE}|{TOOK_RECEIPT}|{TOOK_IN_REQUEST}|{HAS_REQUEST_IN_HAND}|{QUEUED_REQUEST}|"
    # "Thank you for your public records request, which the City received on June 1"
    r"\byour\s+(?:[\w-]+\s+){0,6}request\b,?\s+which\s+(?:we|the\s+(?:\w+\s+){1,4}?)(?:has\s+|have\s+)?received\b|"
    # ... the law it was made under named between: "This letter responds to your request under the Virginia Freedom of
    # Information Act (FOIA), § 2.2-3700 et seq. of the Code of Virginia, which the Department received on November 24"
    # (not a record the office got from someone else: "your request under the Act for the contract, which the
    # Department received from the vendor")
    r"\byour\s+(?:[\w-]+\s+){0,6}request\s+(?:made\s+|filed\s+|submitted\s+)?(?:under|pursuant\s+to)\s+(?:the\s+)?"
    r"[^;]{0,160}?\b(?:Act|Law|Code|Statutes?|Ordinance)\b[^;]{0,80}?,\s+which\s+(?:we\s+|it\s+|this\s+office\s+|"
    r"the\s+(?:\w+\s+){1,4}?)(?:has\s+|have\s+)?received\b(?!\s+from\b)|"
    # "Your request, received February 24, 2026, has been assigned ..."; "Date Received: 02/24/2026"
    r"\byour\s+(?:[\w-]+\s+){0,6}request,\s+(?:which\s+was\s+)?received\s+(?:on\s+)?(?:\d|[A-Z][a-z])|"
    # ... or with no comma, after what the request is for: "In response to your request for public records received
    # November 17, 2026" (a day next; not "your request for records received from the vendor")
    r"\byour\s+(?:[\w-]+\s+){0,6}request\s+for\s+(?:[\w-]+\s+){1,6}?received\s+(?:on\s+)?"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|"
    # "your Freedom of Information Act (FOIA) request, FOIA Control No. 2026-000418, received by the Commission on"
    rf"{RECEIVED_AFTER_NUMBER}|"
    r"\bdate\s+(?:of\s+)?(?:the\s+)?(?:request\s+)?receiv\w*(?:\s+by\s+(?:[\w.&'()-]+\s+){0,4}?[\w.&'()-]+)?\s*:|\breceived\s+date\s*:|\bdate\s+of\s+receipt\s+(?:is|was)\b|"
    rf"{SUBMITTED_LABEL}|{RECEIVED_LABEL}|{OPENED_FOR_REQUEST}|{KEPT_UNDER_NUMBER}|{LOGGED_UNDER_NUMBER}|"
    # ... the law's name with a slash: "Your Freedom of Information/Privacy Acts request has been logged"
    r"\b(?:has|have)\s+received\s+your\b|your\s+(?!(?:\w+\s+){0,5}?(?:waiver|expedit\w*|expedition)\s)(?:[\w/]+\s+){0,5}"
    # ... its number between: "Your record request #26-5521 has been received and is being processed"
    r"request\s+(?!for\s+(?:a\s+|an\s+|the\s+)?(?:fee|waiver|expedit))(?:(?:#\s*)?[\w-]+\s+){0,3}"
    r"(?:was|has\s+been|is)\s+"
    r"(?:received|logged|assigned|being\s+processed)|request\s+has\s+been\s+assigned|"
    # ... with how it came in set off by commas: "Your public records request, submitted through our Records Center on
    # 11/30/2026, has been logged under reference number R041187-120126"
    r"\byour\s+(?:\w+\s+){0,5}request,\s+(?:which\s+was\s+|which\s+you\s+)?(?:submitted|sent|filed|made|e-?mailed|"
    r"mailed|faxed)\b(?:[^,.;]|\.(?=\s?\d)){1,100},\s+(?:was|has\s+been|is)\s+(?:received|logged|entered|registered|"
    r"docketed|assigned)\b", IC)
# The office's own receipt of the request, said in so many words: "The Wage and Hour Division (WHD) of the U.S.
# Department of Labor (DOL) received your Freedom of Information Act (FOIA) request dated November 20, 2026", "We
# have received your request" (not the requester's "you received our letter", nor an appeal or a payment received).
RECEIVED_YOUR_REQUEST = re.compile(r"(?<!\byou\s)(?<!\bthey\s)\b(?:(?:has|have)\s+)?received\s+your\s+"
                                   r"(?!(?:[\w/()-]+\s+){0,8}?(?:appeal|payment|waiver|expedit\w*)\b)"
                                   r"(?:[\w/()-]+\s+){0,8}?request\b", IC)
# A number given to the request now, in the letter that first answers it: "Your FOIA request has been assigned the
# tracking number 2027-F-01542", "We have assigned your request control number 27-0412", "This request is assigned
# case number 27-F-0214" (not an appeal's or a side request's number, nor one given before: "was assigned").
NUMBER_GIVEN_NOW = re.compile(
    r"\b(?:your|the|this)\s+(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|expedition|payment)\b)"
    r"(?:[\w()/-]+\s+){0,6}?request\s+(?:has\s+(?:now\s+)?been\s+|is\s+(?:now\s+|being\s+)?)assigned\b|"
    r"\b(?:we|I)\s+(?:have\s+)?assigned\s+(?:your|this)\s+"
    r"(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|expedition|payment)\b)(?:[\w()/-]+\s+){0,6}?request\b",
    IC)
# What reached an office or arrived there was received by it: "reached the USCIS FOIA/PA Appeals Office on November 16"
# ... or came to it: "your public records request ... came to our office on October 5, 2026", "came in to the
# Department on November 10"
# ... or was delivered to it: "your request, which was delivered to the Records Access Office on November 24" (not
# records that "will be delivered to" an office)
# ... or came in by a way the office takes requests: "which came in through the NY Open FOIL portal on November 16",
# "arrived via the City's online request system on May 4", "came in by e-mail on June 2".
CAME_IN_THROUGH = (r"(?:came\s+in|arrived|was\s+delivered)\s+(?:through|via|by\s+way\s+of|by)\s+"
                   r"(?:(?:the|our|this|its|an?)\s+)?(?:[\w/'\u2019.&()-]+\s+){0,5}?"
                   r"(?:portal|system|e-?mail|mail|fax|website|web\s+site|web\s+form|online\s+form|form|records\s+center|"
                   r"center|centre|app)\b")
REACHED_OFFICE = (r"(?:(?:reached|arrived\s+(?:in|at)|came\s+(?:in\s*)?to|"
                  r"(?:was|were|(?:has|have)\s+been)\s+delivered\s+to)\s+(?:the|our|this)\s+(?:[\w/'\u2019.&-]+\s+){0,5}?"
                  r"(?:office|unit|branch|division|section|center|centre|desk|department|agency|bureau|commission)\b|"
                  # ... or at a place named by its capitals, its day next: "arrived in Central Records on Monday,
                  # November 30, 2026", "arrived at Records Management on ..."
                  r"arrived\s+(?:in|at)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'\u2019&.-]*\s+){1,5})(?=on\b))")
# ... an appeal so received: "Your administrative appeal of the response to FOIA request ... reached the Office"
# ... or arrived, no office named, when "arrived" follows the appeal itself: "Your appeal arrived on November 13, 2026"
# (not what else arrived: "your appeal concerns records that arrived on May 2").
ARRIVED_ON = r"(?:has\s+)?(?:arrived|came\s+in)\s+(?:here\s+)?on\b"
# The day a request came in, no office named: "came in on November 25", "arrived here on May 4".
CAME_IN_ON = r"(?:has\s+)?(?:came\s+in|arrived)\s+(?:here\s+)?on\b"
# ... or "the appeal", "this appeal" so received: "The appeal came in to our office on December 1, 2026" (not under a
# condition: "If the appeal reached the Office after the deadline, ...").
# ... or the letter that appeals: "Your letter of 2 November 2026, appealing the Squadron's partial denial of your
# request ..., reached this office on 16 November 2026"
# ... and Illinois's name for an appeal: "Your Request for Review arrived in this office on November 24, 2026".
# ... and an ombudsman's: "Your request for mediation came in on November 23, 2026" (Maryland's Public Access
# Ombudsman, the review a requester asks for after a denial).
MEDIATION_REQUEST = r"(?:request\s+for\s+(?:the\s+ombudsman'?s?\s+)?mediation|mediation\s+request)\b"
_APPEAL_NOUN = rf"(?:appeal|request\s+for\s+review|{MEDIATION_REQUEST})\b"
APPEAL_ARRIVED = (r"(?<!\bif\s)(?<!\bunless\s)(?<!\bwhether\s)\b(?:your|the|this)\s+(?:[\w()/-]+\s+){0,8}"
                  rf"{_APPEAL_NOUN}"
                  r"(?:[^.;]|\.(?=\s?\d)){0,200}?\s(?:which\s+|that\s+)?"
                  rf"(?:has\s+)?{REACHED_OFFICE}|\byour\s+(?:[\w()/-]+\s+){{0,8}}{_APPEAL_NOUN},?\s+(?:(?:which|that)\s+)?"
                  rf"{ARRIVED_ON}|"
                  # ... or shown coming in: "Our records show the appeal coming in on November 30, 2026"
                  r"(?<!\bif\s)\b(?:your|the|this)\s+(?:[\w()/-]+\s+){0,3}?appeal\s+(?:coming\s+in|arriving)\s+on\b|"
                  r"\byour\s+(?:letter|e-?mail|correspondence|submission)\b[^.;]{0,60}?,?\s+appealing\b"
                  rf"(?:[^.;]|\.(?=\s?\d)){{0,240}}?\s(?:which\s+|that\s+)?(?:has\s+)?{REACHED_OFFICE}")
# The requester's letter come in: "Your letter came to this office on 17 November 2026" (an appeal's receipt where the
# sentence speaks of the appeal).
LETTER_ARRIVED = (r"\byour\s+(?:[\w-]+\s+){0,3}?(?:letter|e-?mail|correspondence|submission)\b[^.;]{0,80}?\s(?:has\s+)?"
                  rf"{REACHED_OFFICE}")
# Filed with the office that writes, or stamped in by it: "time-stamped as filed with us on November 19, 2026",
# "date-stamped as received on", "logged as received on".
FILED_WITH_US = (r"\bfiled\s+with\s+us\b|\b(?:(?:time|date)[\s-]?stamped|logged|recorded)\s+as\s+(?:filed|received)"
                 r"(?:\s+with\s+us)?\b")
# The word of arrival itself, where the receipt's date follows.
ARRIVED_AT_OFFICE = (r"\b(?:arrived|reached|came|delivered)(?=\s+(?:(?:in|at|to|into|in\s+to)\s+)?(?:the|our|this)\s+"
                     r"(?:[\w/'\u2019.&-]+\s+){0,5}?"
                     r"(?:office|unit|branch|division|section|center|centre|desk|department|agency|bureau|commission)\b)"
                     + r"|\barrived(?=\s+(?:here\s+)?on\b)|\bcame(?=\s+in\s+(?:here\s+)?on\b)|"
                     r"\bcoming(?=\s+in\s+on\b)|\barriving(?=\s+on\b)|"
                     r"\barrived(?=\s+(?:in|at)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'\u2019&.-]*\s+){1,5})on\b)|"
                     r"\b(?:came|arrived|delivered)(?=\s+(?:in\s+)?"
                     r"(?:through|via|by\s+way\s+of|by)\s+(?:(?:the|our|this|its|an?)\s+)?(?:[\w/'\u2019.&()-]+\s+){0,5}?"
                     r"(?:portal|system|e-?mail|mail|fax|website|web\s+site|web\s+form|online\s+form|form|records\s+center|"
                     r"center|centre|app)\b)")
# A complaint to a state's review body received, by its name: "received your formal complaint", "received your Denial
# of Access Complaint" (not "received your request and your complaint about the delay").
RECEIVED_COMPLAINT = r"received\s+your\s+(?:(?!request\b|and\b|or\b)[\w-]+\s+){0,4}complaint\b"
# ... or its receipt acknowledged, the day it came in set between as it may be: "is in receipt of your Denial of Access
# Complaint" (New Jersey's Government Records Council), "This will acknowledge receipt on December 16, 2026, of your
# complaint" (Connecticut's Freedom of Information Commission); the law it is brought under named before it, with its
# short name: "acknowledges receipt of your Access to Public Records Act ("APRA") complaint" (Rhode Island's Attorney
# General under R.I. Gen. Laws § 38-2-8).
COMPLAINT_RECEIPT = (r"\b(?:in\s+)?receipt\s*,?\s+(?:(?:on|as\s+of)\s+" + A_DATE + r"\s*,?\s+)?"
                     r"of\s+your\s+(?:(?:[\w-]+\s+){1,6}?act\s+(?:\(\W?(?-i:[A-Z]{2,8})\W?\)\s+)?|"
                     r"(?:[\w-]+\s+){0,4})complaint\b")
# A court's or review body's account of the case brought before it: "Requester filed her complaint on November 13,
# 2026" (Ohio's Court of Claims), "The complainant filed this complaint on ...", "Petitioner filed a petition".
FILED_BY_REQUESTER = (r"\b(?:requester|complainant|petitioner|appellant|relator)\s+(?:has\s+)?filed\s+"
                      r"(?:(?:his|her|their|its|a|the|this)\s+)?(?:[\w-]+\s+)?(?:complaint|appeal|petition)\b")
# ... and the case sent to mediation: "this matter is referred to mediation", "the case has been referred to mediation".
REFERRED_TO_MEDIATION = (r"\b(?:matter|case|complaint|appeal|dispute)\s+(?:is|was|has\s+been)\s+(?:hereby\s+)?"
                         r"referred\s+to\s+(?:\w+\s+)?mediation\b")
# A complaint the requester brought, filed with the body that writes, what it concerns set between: "Your Denial of
# Access Complaint against the City of Paterson, concerning your OPRA request No. 26-1184 ..., was filed with the GRC
# on November 20, 2026".
YOUR_COMPLAINT_FILED = (r"\byour\s+(?:[\w-]+\s+){0,4}?(?:complaint|appeal|petition)\b[^;]{0,200}?\b(?:was|has\s+been)"
                        r"\s+"
                        r"filed\s+(?:with|in|at)\s+(?:the|this|our)\b")
# The receipt an appeal's time limit counts from, not a receipt: "within ten (10) business days of receipt of your
# appeal", "20 working days after the receipt of your appeal".
# ... nor the receipt of an appeal still to come, in the notice of how to appeal: "Upon receipt of your appeal, the
# Records Access Appeals Officer will respond within ten (10) business days", "On receipt of your appeal, the Director
# will ..."
NOT_A_TIME_LIMIT = (r"(?<!\bdays\sof\s)(?<!\bdays\sof\sthe\s)(?<!\bdays\safter\s)(?<!\bdays\safter\sthe\s)"
                    r"(?<!\bdays\sfrom\s)(?<!\bdays\sfrom\sthe\s)(?<!\bwithin\s)(?<!\bupon\s)(?<!\bon\s)")
OPENED_APPEAL_FILE = (r"(?<!\byou\s)(?<!\bmay\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bto\s)\b(?:opened|docketed|created)\s+"
                      r"(?:an?|the|your)\s+(?:new\s+)?(?:appeal|review)\s+(?:file|case|matter|docket)\b")
# The rest of an appeal still to be decided, once a part of it is decided at once in the letter that acknowledges it:
# "The remaining portion of your appeal, concerning BLM's withholdings under Exemptions 4 and 5, has been placed in our
# queue", "The remainder of your appeal remains pending", "we will address the rest of your appeal in a separate
# decision" (not the rest decided: "The remainder of your appeal is denied").
APPEAL_REST_PENDING = re.compile(
    r"\b(?:remaining\s+(?:portion|part|issues?)\s+of|remainder\s+of|rest\s+of|other\s+(?:portion|part)\s+of)\s+"
    r"(?:your|the|this)\s+appeal\b[^.;]*?\b(?:placed\s+in\s+(?:our|the)\s+(?:\w+\s+)?queue|"
    r"remains?\s+(?:pending|open|under\s+review)|(?:is|are)\s+(?:still\s+)?(?:pending|under\s+review)|"
    r"will\s+be\s+(?:processed|decided|adjudicated|addressed|reviewed)|in\s+a\s+separate\s+(?:decision|determination|"
    r"letter))|"
    r"\b(?:address|decide|adjudicate)\s+the\s+(?:remaining\s+(?:portion|part|issues?)\s+of|remainder\s+of|rest\s+of)\s+"
    r"(?:your|the|this)\s+appeal\b", re.IGNORECASE)
# A review body's receipt of an appeal, the day set between, as Hawaii's Office of Information Practices writes it: "OIP
# received on December 9, 2026, an appeal from Mr. ... concerning the Honolulu Police Department's denial" (not the
# requester's "you received on December 9 the appeal decision").
APPEAL_RECEIVED_ON = (r"(?<!\byou\s)\breceived\s+on\s+" + A_DATE + r"\s*,?\s+(?:this|the|an)\s+(?:\w+\s+){0,2}appeal\b"
                      r"(?!\s+(?:decision|determination|rights|letter))")
# ... or the office's receipt of the appeal acknowledged, its own or by name: "This letter acknowledges OIP's receipt of
# the appeal", "We acknowledge receipt of the appeal you filed", "confirms the Board's receipt of this appeal" (not the
# time counted from it: "within ten days of receipt of the appeal", nor the appeal decision's receipt).
APPEAL_RECEIPT_ACKNOWLEDGED = (r"\b(?:acknowledg(?:e|es|ing|ed)|confirm(?:s|ing|ed)?)\s+(?:(?:the\s+)?[A-Z][\w.&-]*"
                               r"(?:'s|\u2019s)\s+|our\s+|its\s+|the\s+)?receipt\s+of\s+(?:the|this|your)\s+"
                               r"(?:[\w()/-]+\s+){0,3}?appeal\b(?!\s+(?:decision|determination|rights|letter))")
APPEAL_ACK = re.compile(
    # ... the law's name with its initials in brackets between: "received your Freedom of Information Act (FOIA) appeal"
    # ... or logged: "Your administrative appeal of the ... response to FOIA request 2026-09-118 was logged"
    rf"\bappeal\b{IN_SENTENCE}{{0,200}}?\b(?:was|has\s+been)\s+(?:received|logged|docketed|registered)|"
    # (not the time an appeal still to come will be decided in: "The Appeals Officer will respond within ten (10)
    # business days of receipt of your appeal")
    rf"{NOT_A_TIME_LIMIT}"
    # ... the day it came in set between: "This will acknowledge receipt on November 24, 2026 of your appeal under the
    # Freedom of Information Act", "acknowledges receipt, on November 24, 2026, of your appeal"
    r"receipt\s*,?\s+(?:(?:on|as\s+of)\s+" + A_DATE + r"\s*,?\s+)?"
    r"of\s+your\s+(?:\w+\s+|\([A-Z][A-Z0-9./&-]{1,9}\)\s+){0,6}appeal|(?:your|the|this)\s+(?:\w+\s+){0,3}appeal\s+(?:\w+\s+){0,3}(?:was|has\s+been|is)\s+"
    r"(?:received|assigned|docketed|logged|being\s+processed)|received\s+your\s+(?:[\w/]+\s+|\([A-Z][A-Z0-9./&-]{1,9}\)\s+){0,6}appeal|"
    r"appeal\s+(?:was\s+)?received\s+(?:by|in|on)|appeal\s+has\s+been\s+assigned|"
    # "We have your appeal of the response to ...", "It ... has been given the appeal number APP2026001207"
    r"\b(?:we|office|unit|staff|branch|division)\s+(?:now\s+)?(?:has|have)\s+your\s+(?:[\w/()-]+\s+){0,4}appeal\b"
    r"(?!\s+(?:decision|determination|rights|letter))|"
    r"\b(?:has\s+been|was)\s+(?:given|assigned)\s+(?:the\s+)?appeal\s+(?:number|no\.?)|"
    # a review body's file opened on it: "OIP has opened an appeal file, U APPEAL 27-22", "we have opened a review
    # file for your complaint" (not a file the requester may open: "you may open an appeal file")
    rf"{OPENED_APPEAL_FILE}|"
    # Pennsylvania's Office of Open Records: "The OOR received this appeal under the Right-to-Know Law ... on ..."
    # ... Kentucky's Attorney General, to the agency: "This Office received an appeal under KRS 61.880(2)(a) on November
    # 30, 2026, from Mr. ..." (not "you received an appeal decision")
    r"(?<!\byou\s)\breceived\s+(?:this|the|an)\s+(?:\w+\s+){0,2}appeal\b(?!\s+(?:decision|determination|rights|letter))|"
    # ... or with the day set between, or its receipt acknowledged by the office
    rf"{APPEAL_RECEIVED_ON}|{APPEAL_RECEIPT_ACKNOWLEDGED}|"
    # Illinois: "The Public Access Bureau received your Request for Review on August 6, 2026"
    # ... and a court administrator's petition for review of a court's denial: "This office received your petition for
    # review on November 24, 2026" (Texas's Rule 12), "We have received your petition for review of the denial"
    r"received\s+your\s+(?:request|petition)\s+for\s+(?:\w+\s+)?review|"
    # "Your petition has been assigned Rule 12 Petition No. 27-006", "Your petition for review was docketed as ..."
    r"\byour\s+(?:\w+\s+)?petition(?:\s+for\s+(?:\w+\s+)?review)?\s+(?:was|has\s+been|is)\s+(?:received|assigned|"
    r"docketed|logged|registered)\b|"
    rf"{RECEIVED_COMPLAINT}|"
    # New Jersey's Government Records Council: "is in receipt of your Denial of Access Complaint"
    rf"{COMPLAINT_RECEIPT}|"
    # "Your administrative appeal of the response to FOIA request ... reached the Appeals Office on November 16, 2026"
    rf"{APPEAL_ARRIVED}|"
    # "Your administrative appeal, received on March 3, 2026, has been assigned appeal number ..."
    r"\bappeal,\s+(?:which\s+was\s+)?received\b[^.;]{0,60}?,\s+(?:was|has\s+been|is)\s+(?:assigned|docketed|logged)|"
    # ... the appeal taken up by "it" and entered under its number: "It has been docketed as Appeal No. 2027-APP-00018",
    # "it was logged as FOIA Appeal Number 27-0031" (not a request so logged)
    r"(?:^\W*|\band\s+)it\s+(?:was|has\s+been|is)\s+(?:docketed|logged|opened|entered|registered)\s+as\s+"
    r"(?:\w+\s+){0,2}?appeal\s+(?:no\.?|number|#)|"
    # ... or logged by the office, in the active voice: "The Government Information Law Division has logged your
    # administrative appeal of the response to ...", "we docketed the appeal" (not the appeal decision logged, nor the
    # requester's "you have logged your appeal")
    # ... or entered: "The Office of Information Policy has entered your administrative appeal of the ... action"
    r"(?<!\byou\s)(?<!\byou\shave\s)\b(?:logged|docketed|registered|entered)\s+(?:in\s+)?(?:your|the|this)\s+"
    r"(?:[\w()/-]+\s+){0,4}?appeal\b(?!\s+(?:decision|determination|rights|letter|deadline))|"
    # ... the appeal said to be in the office's queue: "confirms that your administrative appeal concerning FOIA request
    # 2026-HQFO-03116 is now in our queue", "your appeal is pending before the Board"
    r"\b(?:your|the|this)\s+(?:[\w()/-]+\s+){0,3}appeal\b[^.;]{0,160}?\b(?:is|has\s+been)\s+(?:now\s+)?"
    r"(?:in\s+(?:our|the)\s+(?:\w+\s+)?(?:queue|docket|inventory)|pending\s+(?:with|before)\b)|"
    # ... a review body's docket: "The Freedom of Information Commission has docketed your complaint against ..."
    r"(?<!\byou\s)(?<!\byou\shave\s)\b(?:logged|docketed|registered)\s+(?:your|the|this)\s+(?:[\w()/-]+\s+){0,3}?"
    r"(?:complaint|petition)\b|"
    # ... the letter that appeals, held: "We have your letter of November 16, 2026, in which you ask the Department to
    # reconsider, on appeal, its withholding ..."
    # (not under a condition: "If we have your letter appealing the decision by May 1, ...")
    r"(?<!\bif\s)\b(?:we|office|unit|staff|branch|division)\s+(?:now\s+)?(?:has|have)\s+your\s+"
    rf"(?:letter|e-?mail|correspondence)\b{IN_SENTENCE}{{0,120}}?\b(?:on\s+appeal|appeal(?:s|ing)?)\b|"
    # the office holding it: "The Office of the General Counsel has your administrative appeal of the ... response"
    # (not "you have your appeal rights", nor "has your appeal been decided?")
    r"(?<!\byou\s)\b(?:has|have)\s+your\s+(?:[\w()/-]+\s+){0,4}?appeal\b(?!\s+(?:rights?|been)\b)|"
    rf"{FILED_BY_REQUESTER}|{REFERRED_TO_MEDIATION}|{YOUR_COMPLAINT_FILED}|"
    # the office's docket or log showing it: "The Office of the General Counsel's docket now shows your appeal from ..."
    r"\b(?:docket|log|records?|system)\s+(?:now\s+)?(?:shows?|lists?|reflects?)\s+your\s+(?:[\w()/-]+\s+){0,3}?"
    r"appeal\b|"
    # an ombudsman's: "We received your request for mediation on ...", "Your mediation request has been assigned ..."
    rf"\breceived\s+your\s+{MEDIATION_REQUEST}|\byour\s+{MEDIATION_REQUEST}\s+(?:was|has\s+been|is)\s+(?:received|"
    r"assigned|docketed|logged|opened|registered)\b|"
    # ... or the letter that appeals: "The Legal Division has your letter appealing the Board's response to FOIA
    # request ...", "We have received your e-mail of November 2 appealing ..." (not the requester's own letter:
    # "you have your letter appealing ...", nor a letter the office only may receive: "if we have your letter")
    r"(?<!\byou\s)(?<!\bif\s)(?<!\bwe\s)(?<!\bif\swe\s)\b(?:has|have|received)\s+your\s+"
    r"(?:letter|e-?mail|correspondence|submission)\b[^.;]{0,60}?,?\s+appealing\b|"
    r"(?<!\bif\s)\bwe\s+(?:have|received|have\s+received)\s+your\s+(?:letter|e-?mail|correspondence|submission)\b"
    r"[^.;]{0,60}?,?\s+appealing\b",
    IC)
# Kentucky's finding on an agency's conduct short of a denial (KRS 61.880(4)), an excessive fee or a delay: "the
# County subverted the intent of the Open Records Act", "subverted the intent of the Act" (not the statute's own
# "is being subverted by an agency", nor "did not subvert").
SUBVERTED_INTENT = (r"\bsubverted\s+the\s+intent\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}(?:act|law|KRS\b)")
# ... nor a finding a court may yet make, said as a condition: "the court ... may award punitive damages ... if it
# finds that the MSP arbitrarily and capriciously violated the FOIA", "If the court determines that the public body
# has arbitrarily and capriciously violated this act" (the remedies of a lawsuit, not the review's finding).
_NO_CONDITION = (r"(?<!\bif\s)(?<!\bif\sit\s)(?<!\bif\sthe\scourt\s)(?<!\bif\sa\scourt\s)(?<!\bunless\s)"
                 r"(?<!\bunless\sit\s)(?<!\bshould\sit\s)(?<!\bshould\sthe\scourt\s)")
# ... never in the question it answers: "Whether the Department violated the Act when it denied ...".
# What a complaint alleges is no finding: "your formal complaint ..., alleging that the Police Department violated the
# Access to Public Records Act".
# ... "that" left out: "your formal complaint alleging the Fishers Police Department ("FPD") violated the Access to
# Public Records Act".
# ... nor the grounds an appeal is brought on, as the appeal office recites them: "Your appeal challenges BLM's response
# on two grounds: (1) that BLM improperly withheld portions ... under Exemptions 4 and 5", "you argue that the
# Department wrongly withheld the memoranda" (a finding that gives its reason after, "improperly withheld the report on
# the ground that it was preliminary", still finds).
# ... the verb in the second person as well: "You assert that the Metropolitan Police Department ("MPD") improperly
# withheld records", "you claim that", "you maintain that the Office wrongly withheld".
_ALLEGED = (r"(?!.*\b(?:alleg\w*|claim(?:s|ed|ing)?|contend\w*|assert(?:s|ed|ing)?|maintain(?:s|ed|ing)?|"
            r"argu(?:e|es|ed|ing))\s+"
            r"(?:that\b|(?=[^.;]{0,120}?\bviolat)))"
            r"(?!.*?\bgrounds?\s*:?\s*(?:\(\w+\)\s*)?that\b(?=.*?\b(?:improperly|wrongly|wrongfully|unlawfully|violat)))")
VIOLATED = (rf"^(?!.*\bwhether\b){_ALLEGED}(?:.*?{_NO_CONDITION}\b(?:conclude|find|determine|opinion)\w*"
            # ... whose opinion it is named between: "it is the opinion of the Public Access Counselor that the Town
            # violated ..."
            r"(?:\s+of\s+(?:the\s+|this\s+)?(?:[\w.'\u2019-]+\s+){0,4}?[\w.'\u2019-]+)?\s+that\s+(?:the\s+)?"
            # (never the finding that it did not: "we determine that the Department has not violated FOIA")
            r"(?:[\w.'-]+\s+){0,6}?(?<!not\s)(?:violated|failed\s+to\s+comply\s+with)\b|"
            # Kentucky's Attorney General: "the Department violated the Act when it withheld the remainder"
            # ... the law named in full: "violated the Access to Public Records Act by denying access", "violated the
            # Public Records Statutes when it conditioned ..."
            # (never after "if" or "unless" in the sentence: "If the court determines that the public body has
            # arbitrarily and capriciously violated this act by refusal ...")
            r"(?:(?!\b(?:if|unless)\b).)*?(?<!not\s)\bviolated\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:act|law|laws|"
            r"FOIA|statutes?)\s+"
            r"(?:when|by|because)\b|"
            # ... or the law cited by its section, said as a conclusion of its own: "The Minot Police Department
            # violated N.D.C.C. § 44-04-18 when it denied a request for records ..." (North Dakota's Attorney General)
            r"(?:(?!\b(?:if|unless)\b).)*?(?<!not\s)\bviolated\s+(?:[A-Z][\w.]*\s+){1,3}\u00a7{1,2}\s*[\d.:-]+"
            r"(?:\([\w.]+\))*\s+(?:when|by|because)\b|"
            # ... and short of a denial (KRS 61.880(4)): "the agency subverted the intent of the Act ... when it charged
            # an excessive fee", "its fee of $0.50 per page subverted the intent of the Open Records Act"
            rf".*?(?<!not\s){SUBVERTED_INTENT})")
# An attorney general's opinion on a custodian's decision (Arkansas's A.C.A. § 25-19-105(c)(3)(B)): "the custodian's
# decision to withhold the report under A.C.A. § 25-19-105(c)(1) is consistent with the FOIA", "the custodian's decision
# is inconsistent with the FOIA", "the decision to release the evaluation is not consistent with the Act".
# (a dot inside an abbreviation, "A.C.A.", is no sentence's end)
_DECISION_SQUARES = (rf"\b(?:decision|determination|denial|withholding|response)\b(?:{IN_SENTENCE}|\.(?=\w)){{0,200}}?"
                     r"\b(?:is|was|"
                     r"are|were)\s+(?:(?:also|therefore|thus|likewise)\s+)?")
_WITH_THE_LAW = r"\s+with\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?(?:FOIA|act|law|statutes?)\b"
CONSISTENT_WITH_LAW = rf"{_DECISION_SQUARES}consistent{_WITH_THE_LAW}"
INCONSISTENT_WITH_LAW = rf"{_DECISION_SQUARES}(?:inconsistent|not\s+consistent){_WITH_THE_LAW}"
# ... never the question it answers: "on whether the decision of the custodian ... is consistent with the FOIA".
DECISION_SQUARED = rf"^(?!.*\bwhether\b).*?(?:{CONSISTENT_WITH_LAW}|{INCONSISTENT_WITH_LAW})"
NOT_VIOLATED = (r"\b(?:did|does|has)\s+not\s+(?:violate|subvert)(?:d)?\b|\bsubstantially\s+complied\s+with\b|"
                # a finding that the body complied with the law in what it did (Minnesota's Commissioner: "The City of
                # Bemidji complied with Minnesota Statutes, chapter 13, when it withheld the identities of the callers")
                r"(?<!\bnot\s)\bcomplied\s+with\s+(?:[\w.,'\u2019§-]+\s+){0,8}?when\s+(?:it|they)\b|"
                # Illinois's Public Access Bureau: "The District's withholding of the report ... was not in violation
                # of FOIA"
                r"\b(?:was|were|is|are)\s+not\s+in\s+violation\s+of\b|"
                # Nebraska's Attorney General on a petition: "Since we find no violation of the NPRS, no further action
                # by this office is warranted" (not "if we find no violation")
                r"(?<!\bif\s)\b(?:we|I)\s+(?:find|found|see|perceive)\s+no\s+violations?\s+of\b|"
                r"\bthere\s+(?:is|was|has\s+been)\s+no\s+violation\s+of\b")
# A review body's finding that the custodian's denial was lawful (New Jersey's Government Records Council and the
# like): "The Custodian lawfully denied access to the requested investigation file", "the Custodian did not unlawfully
# deny access to the requested reports", "the Agency properly denied the Complainant access" (not "unlawfully denied
# access": "unlawfully" and "improperly" have no word boundary before "lawfully" and "properly").
LAWFULLY_DENIED = (r"(?<!not\s)\b(?:lawfully|properly|appropriately)\s+(?:denied|withheld)\s+(?:(?:the|this)\s+)?"
                   r"(?:\w+\s+)?access\b|"
                   r"\b(?:did|has|have)\s+not\s+(?:unlawfully|improperly|wrongly)\s+(?:deny|denied|withh[oe]ld)\s+"
                   r"(?:(?:the|this)\s+)?(?:\w+\s+)?access\b|"
                   # ... or the request: "we conclude that GIPD did not unlawfully deny your public records request"
                   # (Nebraska's Attorney General)
                   r"\b(?:did|has|have)\s+not\s+(?:unlawfully|improperly|wrongly)\s+(?:deny|denied)\s+(?:your|the|this|"
                   r"his|her|their)\s+(?:[\w-]+\s+){0,3}?request\b|"
                   # ... or "properly denied" the request, the requester named (Hawaii's Office of Information
                   # Practices): "HCPD properly denied Requester's request for the ... file", "the Department properly
                   # denied your request" (never the question: "whether HCPD properly denied her request")
                   r"^(?!.*\bwhether\b).*?(?<!not\s)\b(?:lawfully|properly|appropriately)\s+denied\s+(?:(?:the|this|"
                   r"your|his|her|their)\s+|[\w.-]+['\u2019]s?\s+)(?:[\w-]+\s+){0,3}?request\b")
# A denial told only as a condition, as in the right to go to court: "Requester is entitled to seek assistance from the
# courts when Requester has been improperly denied access to a government record", "if you believe you have been
# wrongly denied access"; no finding that anything was wrongly kept back.
_DENIAL_SUPPOSED = (r"(?![^.;]*\b(?:when|if|whenever|where)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:has|have|had|is|are|was|"
                    r"were)\s+been\s+(?:improperly|wrongly|wrongfully|unlawfully)\s+(?:denied|withheld)\b)")
# A review body's dismissal of a complaint, which leaves the denial standing: "The Board therefore voted to dismiss the
# complaint as legally insufficient", "the Board dismissed the complaint".
COMPLAINT_DISMISSED = (r"\b(?:voted|decided|determined|moved|agreed)\s+(?:unanimously\s+)?to\s+dismiss\s+"
                       r"(?:the|your|this)\s+(?:formal\s+)?complaint\b|\b(?:board|commission|counselor|office|council)\s+"
                       r"(?:\w+\s+){0,2}?dismiss(?:es|ed)\s+(?:the|your|this)\s+(?:formal\s+)?complaint\b")
# ... but not one dismissed because nothing is left to decide, which closes it (outcome other, as an appeal found
# moot): "Formal complaint 26FC:0148 is dismissed as moot pursuant to Iowa Code § 23.8(2)", "voted to dismiss the
# complaint as moot", "... is dismissed, the records having been produced, as moot".
NOT_AS_MOOT = r"(?![^.;]{0,80}?\bmoot\b)"
# The complaint itself, its docket number between as it may be: "Formal complaint 26FC:0142 is dismissed" (Iowa's Public
# Information Board), "Complaint No. 2025-187 is hereby dismissed".
COMPLAINT_DOCKETED = r"complaint\s+(?:(?:No\.?\s*|#\s*)?[\w:#-]*\d[\w:#-]*\s+)?"
# ... and the finding that it was not: "the Custodian unlawfully denied access to the e-mails" (not "did not").
UNLAWFULLY_DENIED = r"(?<!not\s)\b(?:unlawfully|improperly|wrongly)\s+(?:denied|withheld)\b"
# ... and the finding that it fell short, in other words: "concludes that the District did not fully comply with FOIA",
# "The District's withholding of the separation agreement was therefore improper".
FELL_SHORT = (r"\b(?:conclude|find|determine)[sd]?\s+that\s+(?:[\w.'/()-]+\s+){0,8}?did\s+not\s+(?:fully\s+|"
              r"completely\s+|properly\s+)?comply\s+with\b|"
              # ... or said of what it did, as an opinion's numbered conclusion: "2. The City of Bemidji did not comply
              # with Minnesota Statutes, chapter 13, when it withheld the narratives" (not the question: "Did the City
              # comply with ... when it ...?")
              r"\bdid\s+not\s+(?:fully\s+|completely\s+|properly\s+)?comply\s+with\s+(?:[\w.,'\u2019§-]+\s+){0,8}?"
              r"when\s+(?:it|they)\b|"
              # ... or given as the opinion itself, with what the body did wrong: "the Commissioner's opinion on the
              # issue raised is: The City of Hibbing did not comply with Minnesota Statutes, chapter 13, when it denied
              # access to the data" (not the question: "Did the City comply with ... when it denied ...?")
              r"\bopinion\b[^.;]{0,60}?\bis\s*:\s*(?:[\w.'/()-]+\s+){0,8}?did\s+not\s+(?:fully\s+|completely\s+|"
              r"properly\s+)?comply\s+with\b|"
              r"\b(?:withholding|denial|redaction)s?\b[^.;]{0,120}?\b(?:was|were|is|are)\s+(?:therefore\s+|thus\s+|also\s+)?"
              r"(?:improper|unjustified|unwarranted|not\s+(?:proper|justified|warranted))\b|"
              # ... or that it did not carry the burden the law puts on it: "The Custodian has failed to bear her
              # burden of proving that the proposed special service charge ... was warranted" (New Jersey's
              # Government Records Council), "the Department has not met its burden", "did not carry its burden"
              r"\b(?:has|have|had)\s+(?:failed\s+to\s+(?:bear|carry|meet|sustain|satisfy)|not\s+(?:borne|carried|met|"
              r"sustained|satisfied))\s+(?:its|her|his|their|the)\s+burden\b|\bdid\s+not\s+(?:bear|carry|meet|sustain|"
              r"satisfy)\s+(?:its|her|his|their|the)\s+burden\b")
# A review body's finding that the agency broke only the law's clock: "KSP violated the Open Records Act when it did
# not respond to a request within five business days", "the Department violated FOIA by failing to respond timely",
# "the District's late response violated the Act", "violated the Access to Public Records Act by failing to respond to
# the request within a reasonable time" (Indiana's Public Access Counselor). Beside a withholding upheld it gives the
# requester nothing (the decision is an affirmance); never a finding about what was kept back ("violated the Act when
# it withheld ...").
_LATE_ANSWER = (r"\b(?:did\s+not|failed\s+to|failing\s+to|not\s+to|failure\s+to|fail\s+to)\s+"
                r"(?:timely\s+|properly\s+|promptly\s+)?"
                r"(?:respond|answer|reply|issue\s+a\s+(?:written\s+)?response)|\b(?:untimely|late|belated|tardy)\s+"
                r"(?:response|reply|answer)|\brespond\w*\s+(?:\w+\s+){0,6}?(?:late|untimely)\b|"
                # ... "The City neither responded nor invoked an extension of time within 15 business days"
                r"\bneither\s+(?:timely\s+)?(?:responded|answered|replied)\b")
_NOT_ABOUT_WITHHOLDING = (r"(?!.*\b(?:withh|redact|exempt|excepted|confidential|refus|den(?:y|ied|ial)\s+(?:of\s+)?"
                          r"(?:access|the\s+request|inspection|copies)))")
LATE_ANSWER_VIOLATION = re.compile(rf"^(?=.*(?<!\bnot\s)\bviolat(?:ed|es|ion)\b)(?=.*(?:{_LATE_ANSWER}))"
                                   rf"{_NOT_ABOUT_WITHHOLDING}.*", IC)
# ... or the finding said bare, its reason the late answer told just before: "The District did not respond until 12
# business days after it received the request. Thus, the District violated the Act."
LATE_ANSWER_TOLD = re.compile(rf"^(?=.*(?:{_LATE_ANSWER})){_NOT_ABOUT_WITHHOLDING}.*", IC)
# ... the law named by its initials too: "Accordingly, we find that the Department violated the APRA." (Rhode
# Island's Access to Public Records Act), "the IPRA", "the CORA", "the KORA", "the RTKL"
BARE_VIOLATION = re.compile(r"(?<!\bnot\s)\bviolated\s+(?:the\s+)?(?:[\w.'\u2019()-]+\s+){0,4}?"
                            r"(?:act|law|foia|foil|opra|apra|ipra|cora|kora|rtkl|statute|ordinance)"
                            # ... "Accordingly, we find that the City violated FOIA in this respect."
                            r"(?:\s+in\s+(?:this|that)\s+(?:respect|regard))?\W*$", IC)
# Two findings joined in one sentence, each after its "that": "we determine that the City violated FOIA by failing to
# respond ... within the time FOIA requires, but that the City has met its burden ...", "..., and that the City did
# not violate FOIA by denying access ..." (split so that the late answer's finding is weighed apart).
FINDINGS_JOINED = re.compile(r",?\s+(?:but|and|while|whereas)\s+(?=that\b)|;\s+(?:however,\s+)?(?=that\b)", IC)
# ... and the finding that it did carry it, which leaves the withholding as it was: "I find that the Department has met
# its burden to withhold the responsive records under G. L. c. 4, § 7(26)(f)" (Massachusetts's Supervisor of Records),
# "the Township has carried its burden of proving that the report is exempt" (not the question: "whether the agency has
# met its burden", "if the City has met its burden").
CARRIED_BURDEN = (r"^(?![^.;]*\b(?:whether|if|unless)\b[^.;]*\b(?:has|have|had)\s+(?:\w+\s+)?(?:met|borne|carried|"
                  r"sustained|satisfied)\s+(?:its|her|his|their|the)\s+burden)[^;]*?\b(?:has|have|had)\s+"
                  r"(?:therefore\s+|thus\s+|also\s+|now\s+)?(?:met|borne|carried|sustained|satisfied)\s+"
                  r"(?:its|her|his|their|the)\s+burden\b")
# ... the same finding where a decision's sentences are read together (a question "whether the agency has met its
# burden" is not among them: it decides nothing).
BURDEN_CARRIED = (r"\b(?:has|have|had)\s+(?:therefore\s+|thus\s+|also\s+|now\s+)?(?:met|borne|carried|sustained|"
                  r"satisfied)\s+(?:its|her|his|their|the)\s+burden\b")
# The action appealed from found right: "I have determined ... that EOUSA's response to your request was correct in
# every respect", "the Bureau's action was proper" (not "was not correct", nor a condition).
_RESPONSE_CORRECT = (r"\b(?:response|action|decision|determination|denial)\b"
                     r"(?:\s+(?:to|on|of)\s+(?:[\w'\u2019]+\s+){0,4}?[\w'\u2019]+)?\s+(?:was|is|were)\s+"
                     r"(?:(?:entirely|fully|both|therefore|thus)\s+)?(?:correct|proper|appropriate|justified)\b")
RESPONSE_CORRECT = rf"^(?![^;]*\b(?:whether|if|unless)\b)[^;]*?{_RESPONSE_CORRECT}"
# An appeal body that leaves the action appealed from as it was: "I find no basis to disturb the Records Access
# Officer's response", "the Department stands by its October 30 response", "which is therefore left in place".
LEFT_AS_IT_WAS = (r"\bno\s+(?:\w+\s+)?(?:basis|reason|grounds?|cause)\s+(?:to|for)\s+(?:disturb|overturn|revers|modify|"
                  r"set\s+aside|alter|upset)\w*|"
                  r"\b(?:stands?|standing)\s+by\s+(?:its|our|my|the|their)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:response|"
                  r"decision|determination|denial|position)\b|"
                  r"\b(?:is|are)\s+(?:therefore\s+|accordingly\s+|hereby\s+)?left\s+(?:in\s+place|undisturbed|unchanged)\b|"
                  # ... in the first person: "I find no error in the FOIA Office's response, which I leave undisturbed",
                  # "we leave the Bureau's determination in place", "I see no flaw in the search" (not "if we find no
                  # error", nor an error found: "I find error in ...")
                  r"(?<!\bif\s)\b(?:i|we)\s+(?:(?:therefore|accordingly|hereby|will|must)\s+)?leave\s+(?:(?:the|its|their|"
                  r"that|this)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:response|decision|determination|denial|action|withholdings?)\s+|it\s+)?"
                  r"(?:undisturbed|in\s+place|unchanged|intact)\b|\bwhich\s+(?:i|we)\s+(?:therefore\s+)?leave\s+"
                  r"(?:undisturbed|in\s+place|unchanged|intact)\b|"
                  r"(?<!\bif\s)\b(?:i|we)\s+(?:(?:therefore|accordingly)\s+)?(?:find|found|see|saw|discern)\s+no\s+(?:error|"
                  r"fault|flaw|defect|mistake)s?\s+in\s+(?:the|its|their|that|this)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                  r"(?:response|decision|determination|denial|action|search|withholdings?)\b")
# A decision said to go for or against the requester: "The appeal is decided in your favor".
_NOT_FORESEEN = r"(?<!\bif\s)(?<!\bif\sthe\s)(?<!\bif\syour\s)(?<!\bwhen\sthe\s)"
DECIDED_FOR_YOU = (rf"{_NOT_FORESEEN}\b(?:appeal|petition|complaint)\s+"
                   r"(?:is|has\s+been|was)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
                   r"(?:decided|resolved)\s+in\s+(?:your|the\s+(?:requester|appellant|petitioner)(?:'s|\u2019s)?)\s+favou?r\b")
DECIDED_AGAINST_YOU = (rf"{_NOT_FORESEEN}\b(?:appeal|petition|complaint)\s+"
                       r"(?:is|has\s+been|was)\s+(?:hereby\s+|therefore\s+|"
                       r"accordingly\s+)?(?:decided|resolved)\s+against\s+(?:you|the\s+(?:requester|appellant|petitioner))\b")
# "did not violate the Open Records Act", "violated the Act", "violated the Kentucky Open Records Act".
# ... but not the question the decision answers: "Whether the Department violated the Act when it denied ...".
# ... nor what a court may find, after "if" or "unless": "If the court determines that the public body arbitrarily and
# capriciously violated the Act by refusal or delay ..., the court shall award ... punitive damages".
VIOLATED_ACT = (rf"^(?!.*\bwhether\b){_ALLEGED}(?:(?!\b(?:if|unless)\b).)*?(?:\b(?:did\s+not\s+violate|violated)\s+"
                r"(?:the\s+)?"
                r"(?:[A-Z][\w.-]*\s+){0,4}"
                rf"(?:act|law)\b|\bdid\s+not\s+subvert\s+the\s+intent\s+of\b|{SUBVERTED_INTENT})")
APPEAL_AND_IT = (r"\bappeal\b[^.;]{0,60}?\b(?:and|but)\s+(?:it|the\s+appeal)\s+(?:is|has\s+been)\s+"
                 r"(?:hereby\s+|therefore\s+|accordingly\s+)?(?:(?:partially\s+|partly\s+)?granted|denied|remanded|"
                 r"sustained)")
FIRST_PERSON_ON_APPEAL = (r"\b(?:we|i)\s+(?:hereby\s+|therefore\s+|accordingly\s+|must\s+)?(?:deny|grant|affirm|uphold|"
                          r"remand|reverse|sustain)\s+(?:the|your|this)\s+(?:[\w-]+\s+){0,2}appeal\b")
ORDERED_THAT_APPEAL = (r"\bordered\s+that\s+(?:the|your|this)\s+appeal\b[^;]{0,200}?\b(?:is|be)\s+(?:hereby\s+)?"
                       r"(?:denied|granted|remanded|dismissed)\b")
# A request said to go back, with what is to be done there: "Your request goes back to the Chicago North Area Office,
# which will review the inspection file again", "the matter now goes back to the Bureau for a new search" (not "if your
# request goes back"); or sent back (below).
REQUEST_SENT_BACK = (
                     r"(?<!\bif\s)(?<!\bwhen\s)\b(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?(?:request|matter|case)\s+"
                     r"(?:now\s+)?(?:goes|is\s+going|will\s+go)\s+back\s+to\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,6}?"
                     r"[\w.'\u2019-]+,?\s+(?:which\s+(?:will|shall|is\s+to|must)|so\s+that|for\s+(?:a|an|another|further)|"
                     r"to\s+(?:conduct|perform|search|review|process|issue))\b|"
                     r"(?<!will\s)(?<!may\s)(?<!if\s)\b(?:"
                     # ... or decided upon: "The Panel has therefore decided to send your request back to the Office
                     # of Information Programs and Services, which will conduct a new search"
                     r"(?:decided|determined|chosen|chose|elected|voted)\s+to\s+(?:send|return|remit)|"
                     r"(?:are|am|is|have|has)\s+"
                     r"(?:hereby\s+|therefore\s+|accordingly\s+)?(?:sending|sent|returning|returned|remitting|"
                     # ... or referring it back: "I am therefore referring this matter back to ARS, which will conduct
                     # a new search" (back, not a referral to another agency)
                     r"referring(?=\s+\w+\s+(?:\w+\s+)?\w+\s+back\b)|referred(?=\s+\w+\s+(?:\w+\s+)?\w+\s+back\b)))\s+"
                     r"(?:your|the|this)\s+(?:\w+\s+)?(?:request|matter|case)\s+"
                     # ... and what it is to do there: "sending the request back to the National Records Center to
                     # search that system and to issue a new response" (not what it goes on doing, as after a fee
                     # waiver granted on appeal: "I am returning your request to the Census Bureau's FOIA Office for
                     # continued processing without charge")
                     r"(?:back\s+to|to)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+(?:\s+(?:"
                     r"for(?!\s+(?:the\s+)?(?:continued|continuing|continuation|ongoing)\b)|so\s+that|to\s+(?:conduct|"
                     r"perform|make|process|issue|search|re-?search|re-?process|re-?review|review|respond|locate))|"
                     r",?\s*which\s+(?:will|shall|is\s+to|must)\s+(?:conduct|perform|make|"
                     r"process|issue|search|review))\b|"
                     # ... in the passive: "Your request is therefore being sent back to the ICE FOIA Office for a new
                     # search", "the matter has been returned back to the Bureau so that it may ..." (back, with what
                     # is to be done; not "your request was referred to the FBI for processing", nor "if your request
                     # is sent back")
                     r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)\b(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:request|matter|case)\s+(?:is|has\s+been|was)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
                     # ... and "returned" or "remanded" without the "back": "your request is returned to the FAA's FOIA
                     # office to conduct an additional search" (not "sent" or "referred" to an office: a referral)
                     r"(?:being\s+)?(?:(?:sent|returned|remitted|referred|remanded)\s+back|returned|remanded)\s+to\s+"
                     r"(?:the\s+)?"
                     r"(?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+\s+(?:for\s+(?:a\s+|an\s+)?(?:new|further|another|fresh|"
                     r"additional|second|renewed|supplemental)\s+(?:search|review|response|processing|determination)|"
                     r"so\s+that|to\s+(?:conduct|perform|make|process|issue))\b|"
                     # ... or remanded, the sentence ending at the office (what it is to do said in the next): "the
                     # matter is remanded to ETA. ETA will conduct a new search" ("remanded" never a referral; in the
                     # present or the perfect, never a past remand recalled: "the matter was remanded to ETA in 2025")
                     r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)\b(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:request|matter|case)\s+(?:is|has\s+been)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
                     r"remanded\s+(?:back\s+)?to\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}?[\w'\u2019()-]+\s*(?:[.;]|$)|"
                     # ... or returned to the office, the sentence ending there (what it is to do said in the next): "I
                     # am returning your request to OPD. OPD will ... send you a new response." ("returning" or
                     # "remanding" goes back; "sending your request to the FBI" may be a referral)
                     r"(?<!will\s)(?<!may\s)(?<!if\s)\b(?:are|am|is|have|has)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
                     r"(?:returning|returned|remanding|remanded)\s+(?:your|the|this)\s+(?:\w+\s+)?(?:request|matter|case)\s+"
                     r"(?:back\s+)?to\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}?[\w'\u2019()-]+\s*(?:[.;]|$)")
# An appeal body's order that the agency give the records to the requester: "Forthwith, the respondents shall provide
# the complainant with a copy of the investigator's report", "the agency shall release to the requester the ..." (the
# party who asked named, so never an agency's own promise to "provide copies upon payment"); its time set off between
# commas: "The respondents shall, within the same period, provide the complainant with copies of the witness
# statements".
ORDERED_TO_REQUESTER = (r"\bshall(?:,\s*(?:within|by|no\s+later|on\s+or\s+before|in\s+no\s+event)\b[^,.;]{1,60},)?\s+"
                        r"(?:(?:forthwith|promptly|immediately|hereby|also|therefore|thus|accordingly|"
                        r"now)\s+){0,2}(?:provide|produce|release|disclose|furnish|make\s+available)\s+"
                        # ... the records named before the requester: "The Custodian shall therefore disclose the
                        # responsive records to the Complainant"
                        r"(?:(?:the\s+)?(?:[\w'-]+\s+){0,4}?to\s+)?(?:the\s+)?"
                        # (more than one: "Forthwith, the respondents shall provide the complainants with a copy")
                        r"(?:complainant|requester|requestor|petitioner|appellant)s?\b|"
                        # a court's order in the passive: "Respondent is ORDERED to provide Requester with the requested
                        # dispatch logs"
                        r"\b(?:is|are)\s+(?:hereby\s+)?ordered\s+to\s+(?:provide|produce|release|disclose|furnish|make\s+"
                        r"available)\s+(?:to\s+)?(?:the\s+)?(?:complainant|requester|requestor|petitioner|appellant|"
                        r"relator)s?\b|"
                        # ... the requester by name, given a copy: "the Department is ordered to provide Mr.
                        # Haverford-Nnamdi with a copy of the incident report" (a new response is a remand, read first)
                        r"\b(?:is|are)\s+(?:hereby\s+)?ordered\s+to\s+(?:provide|furnish)\s+(?:you|(?:Mr|Ms|Mrs|Mx|Dr)"
                        r"\.?\s+(?:[\w'\u2019-]+\s+){1,3}?)\s*with\s+(?:a\s+(?:full\s+|complete\s+)?cop(?:y|ies)|"
                        r"(?:full\s+|complete\s+)?copies|the\s+(?:requested|withheld|responsive)\b)")
# ... the records to go out with parts taken out: "... free of charge, after redacting the names of students", "with
# the home addresses redacted", "subject to the redaction of ..." (the release ordered is then a partial one).
RELEASE_REDACTED = re.compile(r"\bafter\s+redacting\b|,\s*redacting\s+only\b|"
                              # ... what the redaction takes out: "copies of the incident report ..., redacted only to
                              # remove the residential addresses ... of peace officers under R.C. 149.43(A)(1)(p)"
                              r"\bredacted\s+(?:only\s+)?to\s+(?:remove|omit|delete|exclude|obscure|withhold)\b|"
                              # ... or for what it takes out, the records named before: "to provide Ms. Tallis with
                              # the internal affairs report, redacted only for the personal information described
                              # above", "the logs, redacted for the officers' home addresses"
                              r"[\w)]\s*,\s*redacted\s+(?:only\s+)?(?:for|of)\s+(?:the\s+|any\s+|all\s+)?"
                              r"(?:[\w'\u2019-]+\s+){0,5}?(?:information|data|details|names?|addresses|numbers|"
                              r"identifiers|portions?|parts?)\b|"
                              r"\bwith\s+(?:the\s+)?(?:[\w'-]+\s+){1,6}?redacted\b|"
                              r"\bsubject\s+(?:only\s+)?to\s+(?:the\s+)?redactions?\b|"
                              # ... or the records named, redacted as the decision itself set out: "BWS shall provide
                              # Requester with the records, redacted as described above", "disclose the reports,
                              # redacted in accordance with this opinion" (not what an answer redacted, told: "the
                              # records, redacted as described in the agency's letter")
                              r"[\w)]\s*,\s*(?:(?:so|thus)\s+)?redacted\s+(?:as\s+(?:described|set\s+(?:out|forth)|"
                              r"explained|discussed|provided|stated|noted|directed|ordered)\s+(?:above|below|herein|"
                              r"in\s+this\s+(?:opinion|decision|order|letter))|(?:consistent\s+with|in\s+accordance\s+"
                              r"with|pursuant\s+to|as\s+(?:required|permitted|allowed)\s+(?:by|in))\s+this\s+"
                              r"(?:opinion|decision|order))\b|"
                              # ... or all but some records, which may be kept back: "provide the complainant with a
                              # copy of the in camera records, free of charge, except for IC-2026-0734-61 through
                              # IC-2026-0734-66, which may be withheld", "other than the medical records, which may be
                              # redacted"
                              r"\b(?:except(?:\s+for)?|other\s+than|excluding)\s+[^.;]{1,160}?,\s*which\s+(?:may|shall|"
                              r"need\s+not|are\s+(?:not\s+required\s+to|permitted\s+to))\s+(?:also\s+)?be\s+"
                              r"(?:withheld|redacted)\b", IC)
# An agency's answer to a request to reconsider: "the Department has changed its position in part", "we have revised
# our determination" (its own earlier answer, now changed).
CHANGED_POSITION = (r"\b(?:has|have)\s+(?:(?:therefore|accordingly|now|thus)\s+)?"
                    r"(?:changed|revised|modified|altered)\s+(?:its|our|my|their|the)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:position|decision|determination|response)\b")
# The appeal officer's instruction to the office that answered to search or process again: "I have accordingly
# instructed the ICE FOIA Office to have the ICE Health Service Corps search for records", "we have directed FOIA
# staff to conduct a new search", "I am ordering the Bureau to reprocess the records" (the first person; not "you may
# instruct", nor a search the office was told to make before the appeal: "the FOIA Office instructed ERO to search").
INSTRUCTED_TO_REDO = (r"\b(?:i|we)\s+(?:have\s+|am\s+|are\s+)?(?:(?:hereby|therefore|accordingly|also)\s+)?"
                      r"(?:instruct(?:ed|ing)?|direct(?:ed|ing)?|order(?:ed|ing)?)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}?"
                      r"to\s+(?:(?:have|ask|task)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,6}?(?:to\s+)?)?"
                      r"(?:conduct|perform|search|re-?search|re-?process|re-?review|issue\s+a\s+new|make\s+a\s+new)\b"
                      # (not a search made on appeal whose result the sentence already gives, the decision then the
                      # appeal officer's own: "On appeal, I directed the Office of Security Operations to conduct a
                      # supplemental search of the shift logs, which also located no responsive records", "...,
                      # and that search found no additional records")
                      r"(?![^.;]*?(?:\b(?:which|that)|,\s+and\s+(?:it|they|that\s+search|the\s+search))\s+"
                      r"(?:also\s+|likewise\s+)?(?:located|found|yielded|identified|returned|uncovered|turned\s+up)\b)")
# An appeal body's finding that what was withheld must go out: "OIP ... concludes that the reports must be disclosed".
# A review body telling the agency it must give out what it kept back: "DOT-HAR must therefore disclose the reports
# with only the personal information redacted" (Hawaii's Office of Information Practices), "the Department shall
# accordingly release the logs" (not what may be: "the agency may disclose").
AGENCY_MUST_DISCLOSE = (r"\b(?:must|shall)\s+(?:therefore\s+|accordingly\s+|thus\s+|now\s+|also\s+)?"
                        r"(?:disclose|release|"
                        r"produce)\s+(?:to\s+(?:the\s+)?requester\s+)?(?:the|these|those|its|all|them|it)\b")
# (not a finding said not to have been made: "The Public Access Counselor's advisory opinion did not conclude that those
# reports must be disclosed", "the Board has never concluded that such logs shall be made public")
MUST_BE_DISCLOSED = (r"(?<!\bnot\s)(?<!\bnever\s)\b(?:conclude|find|determine|hold)[sd]?\s+that\s+(?:the\s+)?"
                     r"(?:[\w'-]+\s+){0,4}?"
                     r"(?:must|shall|should)\s+be\s+(?:disclosed|released|provided|produced|made\s+public)\b(?!\s+in\s+part)")
# A sentence telling what a section of the law provides, in the law's own words or close to them: "Section 552.130 of
# the Government Code provides that information relating to a motor vehicle operator's license ... is excepted from
# public release", "Section 552.101 of the Government Code excepts from disclosure ...", "KRS 61.878(1)(h) exempts from
# disclosure ..." (the law described, not applied: "the City withheld the records under section 552.108").
LAW_DESCRIBED = re.compile(r"^\W*(?:(?:section|sec\.|§+)\s*)?[\w.()-]*\d[\w.()-]*\s+"
                           r"(?:of\s+(?:the\s+)?(?:[A-Z][\w']*\s+){1,5})?"
                           r"(?:provides|states|reads|says|excepts|exempts|protects|makes\s+confidential)\b", IC)
# ... or the ground a review is about to weigh, named first and described: "ORS 192.345(3) conditionally exempts
# "investigatory information compiled for criminal law purposes"", "Exemption 7(A) protects records ...", "Section
# 7(1)(c) of FOIA exempts ..." (the words of describing just after the citation, not a ground applied: "The City
# withheld the report under ORS 192.345(3)").
GROUND_DESCRIBED = re.compile(r"^\W*(?:[A-Za-z.§']+\s+){0,3}?[\w.()§-]*\d[\w.()-]*\s+"
                              r"(?:of\s+(?:the\s+)?(?:[A-Z][\w']*\s+){1,5})?(?:\w+ly\s+)?"
                              r"(?:exempts|protects|excepts|shields|makes\s+confidential)\b", IC)
# ... also after a heading run into it, the section named as such: "The Department has proven that the reports are
# criminal investigative records Section 708(b)(16) of the RTKL exempts from disclosure records ..."
LAW_DESCRIBED_WITHIN = re.compile(r"(?:\bsection|\bsec\.|§+)\s*[\w.()-]*\d[\w.()-]*\s+"
                                  r"(?:of\s+(?:the\s+)?(?:[A-Z][\w']*\s+){1,5})?"
                                  r"(?:provides|states|reads|says|excepts|exempts|protects|makes\s+confidential)\b", IC)
# An appeal body's finding that more of what was withheld may go out: "the Panel has determined that additional
# information in two documents (C06618821 and C06618830) may be released", "we have concluded that further portions of
# the memorandum can be disclosed" (more than before, not the records a first answer releases: "determined that 40
# pages may be released").
MORE_RELEASED_ON_REVIEW = (r"\b(?:determined|decided|concluded|found|finds?|determines?|decides?|concludes?)\s+that\s+"
                           r"(?:some\s+|certain\s+)?(?:additional|further|more)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?"
                           r"(?:information|material|portions?|text|passages?|excerpts?|segments?|records?|documents?)\b"
                           r"[^.;]{0,160}?\b(?:may|can|should|will|must|shall)\s+(?:now\s+)?be\s+(?:released|disclosed|"
                           r"provided|produced|made\s+available)\b|"
                           # ... or the release decided in so many words: "After careful consideration, the Panel has
                           # decided to release one document in full and additional portions of three documents", "we
                           # have determined to release further material from the report", "the Board voted to
                           # disclose portions of two e-mails"
                           # (the one deciding the appeal its subject, not the agency's first decision recited: "the
                           # Department decided to release the records in part")
                           r"\b(?:panel|board|committee|commission|council|authority|court|we|i)\s+(?:has\s+|have\s+)?"
                           r"(?:(?:therefore|accordingly|now|also|further)\s+)?(?:decided|determined|voted|elected|agreed)\s+"
                           r"to\s+(?:release|disclose|produce)\s+(?:to\s+you\s+)?(?:in\s+(?:full|part)\s+)?(?:one|two|three|"
                           r"four|five|six|seven|eight|nine|ten|\d+|additional|further|more|certain|some|portions?|parts?|"
                           r"segments?|excerpts?)\b")
# ... and the rest of it found rightly kept back: "The Panel has further determined that the remaining information ...
# was properly withheld under FOIA Exemptions 1 and 6", "we find that the rest of the material is properly exempt".
REST_PROPERLY_WITHHELD = (r"\b(?:determined|decided|concluded|found|finds?|determines?|decides?|concludes?)\s+that\s+"
                          r"(?:the\s+|all\s+(?:of\s+)?the\s+)?(?:remaining|remainder|rest|balance|other)\b[^.;]{0,200}?\b"
                          r"(?:was|were|is|are|has\s+been|have\s+been|remains?)\s+(?:properly|correctly|appropriately|"
                          r"rightly|lawfully)\s+(?:withheld|exempt|redacted|excised|protected)\b")
# A decision appealed from left as it was: "The Privacy Office's determination stands", "the Department's decision
# stands", "the denial will stand", "the denial remains in effect" (not under a condition: "if the decision stands, you
# may ...").
DECISION_STANDS = (r"^(?:(?!\b(?:if|whether|unless|should)\b)[^;])*?\b(?:decision|determination|action|denial|"
                   r"withholding|response)\s+(?:\w+\s+){0,2}?(?:stands|(?:will|shall|must)\s+stand|remains?\s+in\s+"
                   r"(?:full\s+)?(?:force|effect|place))\b")
# A review's finding that something was wrongly kept back: "the supervisor concluded that the drivers' names should not
# have been redacted", "we find that the memo should not have been withheld".
SHOULD_NOT_HAVE_BEEN = (r"\b(?:concluded|concludes|found|finds|determined|determines|decided|agreed|agrees)\s+that\s+"
                        r"[^.;]{0,120}?\bshould\s+not\s+have\s+been\s+(?:redacted|withheld|denied|excised)\b")
# A fee appeal decided by what is done with the fee (Michigan's head of a public body must "waive the fee", "reduce the
# fee" or "uphold the fee", MCL 15.240a(2)): "the Board has decided to reduce the fee", "the Township has determined to
# uphold the fee", "we have decided to waive the fees" (not "if you narrow the request, we can reduce the fee").
# ... or an appeal body's order to the office (Maryland's PIA Compliance Board may "reduce the fee to an amount
# determined by the Board to be reasonable"): "we order the Department to reduce the fee to $460.00", "the County is
# directed to waive the copying charges".
# (a power, not an order: "the Board may order", "has no power to order", "will order")
_FEE_VERDICT = (r"(?:\b(?:decided|determined|voted|agreed|elected)\s+(?:\w+\s+){0,2}?|"
                r"(?<!\bmay\s)(?<!\bcan\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)"
                r"\b(?:order|orders|ordered|direct|directs|directed)\s+(?:(?:the|its|this|that)\s+)?(?:[\w.'-]+\s+){0,4}?|"
                r"\b(?:is|are)\s+(?:hereby\s+)?(?:ordered|directed)\s+)to\s+")
# ... never under a condition: "If the Board orders the Department to reduce the fee, ..." (a condition after it is the
# order's own: "... to reduce the fee to $460.00 and, if the complainant has paid, to refund the difference")
FEE_DECIDED = (r"^(?:(?!\b(?:if|whether|unless)\b)[^;])*?" + _FEE_VERDICT +
               r"(?:waive|reduce|uphold|affirm|sustain|lower)\s+(?:the|your|its|this|that)\s+"
               r"(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?)\b")
# An appeal body's finding that a fee was wrongly asked: "concludes that the Village improperly required Ms. Brandvold
# to pay a fee", "the Department wrongly charged you for search time", "improperly assessed duplication fees".
# ... never in what the requester alleges ("Ms. Brandvold alleges that the Village improperly charged her").
WRONGLY_CHARGED = (rf"^(?!.*\bwhether\b){_ALLEGED}.*?\b(?:improperly|wrongly|unlawfully)\s+(?:charged|assessed|"
                   r"imposed|demanded|required\b[^;]{0,60}?\b(?:to\s+pay|payment|prepayment|a\s+deposit)\b)|"
                   # "We find that the Department charged an unreasonable fee under § 4-206", "imposed an excessive fee"
                   rf"^(?!.*\bwhether\b){_ALLEGED}.*?\b(?:charged|imposed|assessed|sought|demanded)\s+(?:[\w-]+\s+){{0,2}}?"
                   r"(?:an?\s+)?(?:unreasonable|excessive|improper|unlawful|unauthori[sz]ed)\s+(?:fees?|charges?|rates?)\b")
# A verdict said alone, its subject the appeal the letter answers: "For these reasons, I am affirming in part and
# reversing in part.", "Accordingly, I affirm.", "For the reasons stated above, we remand in part and affirm in part."
# (nothing after the verbs but "in part": any object named is read by the other patterns).
_VERDICT_VERB = r"(?:affirm|uphold|remand|revers|overturn|grant|deny|den(?=y|i))\w*(?:\s+in\s+(?:part|full))?"
BARE_VERDICT = re.compile(r"^\W*(?:(?:for\s+(?:these|the|all\s+(?:of\s+)?(?:these|the))\s+(?:foregoing\s+)?reasons?"
                          r"(?:\s+(?:stated|given|set\s+(?:out|forth)|discussed|explained))?(?:\s+above)?|accordingly|"
                          r"therefore|thus|consequently|in\s+sum|in\s+conclusion)\s*,?\s*)?(?:i|we)\s+(?:(?:am|are|have|"
                          r"hereby|must|therefore|accordingly)\s+){0,2}(?:(?:partially|partly)\s+)?"
                          rf"{_VERDICT_VERB}(?:,?\s+(?:and\s+)?(?:(?:partially|partly)\s+)?{_VERDICT_VERB})?\W*$", IC)
# A review office's finding that nothing more is called for, closing its file after finding the withholding proper
# (Illinois's Public Access Counselor): an affirmance. "this office has concluded that no further inquiry into this
# matter is warranted", "no further action is warranted in this matter", "no further review of this matter is
# warranted" (not "no further action is required on your part", nor a matter moot: "because the records have now been
# provided, no further action is warranted").
NOTHING_FURTHER_WARRANTED = (r"^(?![^.;]*\b(?:moot|now\s+(?:been\s+)?(?:provided|released|produced)|has\s+since)\b)"
                             r"[^.;]*\bno\s+further\s+(?:action|inquiry|review|investigation)\s+"
                             r"(?:(?:into|in|on|of)\s+(?:this|the|your)\s+(?:matter|appeal|request\s+for\s+review|"
                             r"complaint)\s+)?(?:is|was|would\s+be)\s+warranted\b")
# An appeal turned away because it came too late, its merits not reached: "Accordingly, your appeal is dismissed as
# untimely", "the appeal is rejected as not timely filed", "your appeal was denied as untimely" (the answer appealed
# from stands: an affirmance, upholding none of its grounds); said by the office doing it too: "I am closing your
# appeal as untimely", "we must dismiss this appeal as untimely" (not a late answer: "we are closing your appeal, as
# the untimely response has now been issued").
# ... also said as what the appeal is, then done: "your appeal is untimely and is hereby dismissed", "Your untimely
# appeal is therefore closed" (not an appeal called late and then decided all the same: "although your appeal was
# untimely, we have considered it").
_UNTIMELY = (r"(?:untimely|not\s+timely(?:\s+(?:filed|submitted))?|(?:filed\s+)?(?:too\s+)?late|time-barred|"
             r"out\s+of\s+time)")
_TURNED_AWAY = r"(?:hereby\s+|therefore\s+|accordingly\s+)?(?:dismissed|rejected|denied|closed)"
APPEAL_UNTIMELY = re.compile(r"\b(?:appeal|petition)\s+(?:is|was|has\s+been|must\s+be|will\s+be)\s+" + _TURNED_AWAY
                             + r"\s+as\s+" + _UNTIMELY + r"\b|"
                             r"\b(?:your|the|this)\s+(?:appeal|petition)\s+(?:is|was)\s+(?:therefore\s+)?" + _UNTIMELY
                             + r",?\s+and\s+(?:it\s+)?(?:is|has\s+been|must\s+be|will\s+be)\s+" + _TURNED_AWAY + r"\b|"
                             r"\b(?:your|the|this)\s+untimely\s+(?:appeal|petition)\s+(?:is|has\s+been|must\s+be)\s+"
                             + _TURNED_AWAY + r"\b|"
                             # ... the appeal named again after "it": "Because your appeal was not submitted within the
                             # time limit ..., it is untimely, and your appeal is dismissed"; or the reason after the
                             # verdict: "your appeal is dismissed because it was not filed within 90 days", "the appeal
                             # is closed because it is untimely"
                             r"\bit\s+(?:is|was)\s+(?:therefore\s+)?" + _UNTIMELY + r",?\s+and\s+(?:your|the|this)\s+"
                             r"(?:appeal|petition)\s+(?:is|has\s+been|must\s+be|will\s+be)\s+" + _TURNED_AWAY + r"\b|"
                             r"\b(?:appeal|petition)\s+(?:is|was|has\s+been|must\s+be)\s+" + _TURNED_AWAY
                             + r"\s+because\s+it\s+(?:is|was)\s+(?:" + _UNTIMELY
                             + r"\b|not\s+(?:filed|submitted|received)\s+within\b)|"
                             r"\b(?:i|we)\s+(?:am\s+|are\s+|must\s+|have\s+)?(?:therefore\s+|hereby\s+|accordingly\s+)?"
                             r"(?:dismiss|reject|deny|close)(?:ing|ed)?\s+(?:your|the|this)\s+(?:appeal|petition)\s+as\s+"
                             + _UNTIMELY + r"\b|"
                             r"\b(?:clos|dismiss|reject|deny|deni)(?:e|es|ed|ing)?\s+(?:your|the|this)\s+"
                             r"(?:administrative\s+|FOIA\s+)?(?:appeal|petition)\s+as\s+" + _UNTIMELY + r"\b|"
                             # ... the appeal named in a clause before, then "it": "Because your appeal was not timely
                             # filed, it is dismissed as untimely", "As the petition came in after the deadline, it must
                             # be rejected as out of time" (not a request so turned away: no appeal named before "it")
                             r"\b(?:appeal|petition)\b[^.;]{0,120}?,\s+it\s+(?:is|was|has\s+been|must\s+be|will\s+be)\s+"
                             + _TURNED_AWAY + r"\s+as\s+" + _UNTIMELY + r"\b|"
                             # ... or called late, then turned away by the office in the first person: "Because your
                             # appeal was not filed within the time limit set by GSA's regulation, it is untimely, and
                             # I am dismissing it without reaching its merits", "Your appeal is untimely; accordingly,
                             # we must reject it" (not "although it is untimely, we have considered it")
                             r"(?:(?<!\bif\s)(?<!\bwhether\s)\b(?:your|the|this)\s+(?:appeal|petition)|"
                             r"\b(?:appeal|petition)\b[^.;]{0,120}?,\s+it)\s+"
                             r"(?:is|was)\s+(?:therefore\s+)?" + _UNTIMELY + r"(?:,?\s+and|;)\s+"
                             r"(?:(?:therefore|accordingly|so|thus),?\s+)?(?:i|we)\s+(?:am\s+|are\s+|must\s+|have\s+|will\s+|"
                             r"hereby\s+)?"
                             r"(?:therefore\s+|hereby\s+|accordingly\s+)?(?:dismiss|reject|deny|clos)(?:e|es|ed|ing)?\s+"
                             r"(?:it|(?:your|the|this)\s+(?:appeal|petition))\b|"
                             # ... or called late, then the office unable to hear it: "Because your appeal was not
                             # filed within the time allowed, it is untimely, and the Foundation is unable to consider
                             # it", "Your appeal is untimely; we cannot review it" (not "although it is untimely, we
                             # are able to consider it", nor a condition: "if your appeal is untimely, we cannot ...")
                             r"(?:(?<!\bif\s)(?<!\bwhether\s)\b(?:your|the|this)\s+(?:appeal|petition)|"
                             r"\b(?:appeal|petition)\b[^.;]{0,120}?,\s+it)\s+"
                             r"(?:is|was)\s+(?:therefore\s+)?" + _UNTIMELY + r"(?:,?\s+and|;)\s+"
                             r"(?:(?:therefore|accordingly|so|thus),?\s+)?(?:i|we|the\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+"
                             r"(?:(?:am|are|is|was|were)\s+(?:therefore\s+)?(?:unable|not\s+able)\s+to|cannot|can\s+not|"
                             r"will\s+not|may\s+not)\s+(?:consider|review|process|adjudicate|hear|act\s+on)\s+"
                             r"(?:it|(?:your|the|this)\s+(?:appeal|petition))\b|"
                             # ... or "it" called late and then turned away: "Because your appeal was not filed within
                             # the time limit established by the regulation, it is untimely and is hereby denied",
                             # "Since your appeal reached us after the deadline, it was not timely filed and has been
                             # closed"
                             r"\b(?:appeal|petition)\b[^.;]{0,120}?,\s+it\s+(?:is|was)\s+(?:therefore\s+)?" + _UNTIMELY
                             + r",?\s+and\s+(?:is|was|has\s+been|must\s+be|will\s+be)\s+" + _TURNED_AWAY + r"\b|"
                             # ... or called late in the clause that gives the reason, then "it" turned away with no
                             # "as untimely": "Because your appeal was not timely filed, it is dismissed, and I have not
                             # considered its merits", "Since the appeal was received after the time limit, it must be
                             # rejected" (not a condition: "If your appeal is not timely filed, it will be dismissed";
                             # nor one decided all the same: "Although your appeal was late, it has been considered")
                             r"\b(?:because|since|as)\s+(?:your|the|this)\s+(?:administrative\s+|FOIA\s+)?"
                             r"(?:appeal|petition)\s+(?:is|was|has\s+been)\s+(?:" + _UNTIMELY + r"|"
                             r"(?:not\s+(?:filed|submitted|received)\s+within|(?:filed|submitted|received)\s+"
                             r"(?:after|beyond|outside))\s+"
                             r"[^.;,]{0,80}?)\s*,\s+it\s+(?:is|was|has\s+been|must\s+be|will\s+be)\s+" + _TURNED_AWAY
                             + r"\b|"
                             # ... or that reason, then the office turning it away in the first person: "Because your
                             # appeal was not timely filed, I am closing your appeal file in this Office", "Since the
                             # appeal was received after the deadline, we must dismiss it" (not a condition: "If your
                             # appeal is untimely, we will close it"; nor one heard all the same: "Although your appeal
                             # was late, we have considered it", no turning away)
                             r"\b(?:because|since|as)\s+(?:your|the|this)\s+(?:administrative\s+|FOIA\s+)?"
                             r"(?:appeal|petition)\s+(?:is|was|has\s+been)\s+(?:" + _UNTIMELY + r"|"
                             r"(?:not\s+(?:filed|submitted|received)\s+within|(?:filed|submitted|received)\s+"
                             r"(?:after|beyond|outside))\s+"
                             r"[^.;,]{0,80}?)\s*,\s+(?:i|we)\s+(?:am\s+|are\s+|must\s+|have\s+|will\s+)?"
                             r"(?:therefore\s+|hereby\s+|accordingly\s+)?(?:dismiss|reject|clos)(?:e|es|ed|ing)?\s+"
                             r"(?:it|(?:your|the|this)\s+(?:administrative\s+|FOIA\s+)?(?:appeal|petition)(?:\s+file)?)\b",
                             IC)
APPEAL_LEFT_UNDECIDED = (r"^(?![^.;]*\b(?:if|unless|ordinarily)\b)[^.;]*?"
                         r"(?:\b(?:will|shall)\s+not\s+(?:adjudicate|decide|rule\s+on|issue\s+a\s+decision\s+on)\s+"
                         r"(?:your|the|this)\s+(?:[\w'\u2019-]+\s+){0,2}?appeal\b|"
                         r"\bappeal\s+(?:no\.\s+|number\s+)?[A-Z0-9][\w-]*\d[\w-]*\s+(?:is|has\s+been)\s+(?:hereby\s+|"
                         r"therefore\s+|accordingly\s+|now\s+)?closed\b)")
# The Federal Communications Commission's ruling on an Application for Review, its FOIA appeal (47 C.F.R. §
# 0.461(j)): "we grant in part and deny in part an Application for Review filed by ...", "IT IS ORDERED that the
# Application for Review ... IS GRANTED IN PART AND DENIED IN PART", "we deny the application for review" (not the
# right to file one: "you may file an application for review").
APPLICATION_FOR_REVIEW_DECIDED = (r"^(?![^.;]*\b(?:may|might|if)\b)[^.;]*?(?:\b(?:grant|den(?:y|ies|ied)|dismiss)\w*\s+"
                                  r"(?:in\s+part\s+(?:and\s+(?:grant|den(?:y|ies|ied)|dismiss)\w*\s+in\s+part\s+)?)?"
                                  r"(?:an|the|its|this|your)\s+application\s+for\s+review\b|"
                                  r"\bapplication\s+for\s+review\b[^.;]{0,160}?\b(?:is|are|be)\s+(?:hereby\s+)?"
                                  r"(?:granted|denied|dismissed)\b)")
# A mediator's closing of its mediation, the review it gives in place of an appeal's (Maryland's Public Access
# Ombudsman, a state's records mediator): "It concludes our mediation of the dispute over ...", "we are closing this
# mediation", "Our mediation file is now closed". It rules on nothing: an appeal decision with no verdict on the
# withholding (never a mediation foreseen or one of the law's conditions: "if the mediation is closed without
# agreement", "once this mediation concludes", "certifies in writing that mediation is concluded").
MEDIATION_CONCLUDED = (r"^(?:(?!\b(?:if|unless|until|once|when|whether|may|will|would|should|after)\b)[^;])*?(?:"
                       r"\b(?:concludes|closes|ends|terminates|completes)\s+(?:our|this\s+office(?:'s|\u2019s)|"
                       r"the\s+(?:ombuds(?:man|person)|office)(?:'s|\u2019s))\s+mediation\b|"
                       r"\b(?:am|are|is)\s+(?:hereby\s+|now\s+|therefore\s+|accordingly\s+)?(?:concluding|closing|ending|"
                       r"terminating)\s+(?:our|this|your)\s+mediation\b|"
                       r"\b(?:our|this|your)\s+mediation\s+(?:file\s+|case\s+|matter\s+)?(?:is|has\s+been)\s+"
                       r"(?:(?:now|hereby|therefore|accordingly)\s+)?(?:closed|concluded|terminated|ended|completed)\b)")
APPEAL_DECISION = re.compile(
    rf"{MEDIATION_CONCLUDED}|"
    rf"{APPLICATION_FOR_REVIEW_DECIDED}|{SHOULD_NOT_HAVE_BEEN}|{MORE_RELEASED_ON_REVIEW}|{REST_PROPERLY_WITHHELD}|{BARE_VERDICT.pattern}|"
    rf"{APPEAL_UNTIMELY.pattern}|"
    # ... an aside between commas too: "I am, however, remanding your request to the Office of Intelligence"
    r"\b(?:i\s+am|we\s+are|i\s+have|we\s+have|office\s+(?:is|has)|hereby)"
    r"(?:,\s*(?:however|therefore|accordingly|nonetheless|nevertheless|also|instead)\s*,)?\s+(?:\w+\s+){0,2}"
    r"(?:affirm|uphold|upheld|remand|revers|overturn|sustain|grant|deny|denied|modif)\w*|"
    # ... or on the petition that stands for it (Oregon's petition to the district attorney or the Attorney General)
    # ... or the rest of it, after an order: "Your appeal is otherwise denied."
    # ... or in the progressive, the decision made now: "Accordingly, your appeal is being remanded to the ICE FOIA
    # Office for processing", "your appeal is therefore being granted"
    r"\b(?:your\s+|the\s+)?(?:appeal|petition)\s+(?:is|has\s+been)\s+(?:hereby\s+|therefore\s+|accordingly\s+|otherwise\s+)?"
    r"(?:being\s+)?(?:granted|denied|"
    r"sustained|dismissed|"
    # ... or found to be moot: "there is no further action for us to take on your appeal of the delay, and your appeal
    # is moot", "the appeal is now moot" (not one that may become so: "your appeal will be moot if ...")
    r"(?:partially\s+|partly\s+)?granted|remanded|closed|(?:now\s+|therefore\s+)?(?:rendered\s+)?moot\b(?!\s+(?:if|unless|"
    r"should|once|when)\b))|"
    # ... or in a clause on the appeal named before it: "there is no longer any action for this office to take on your
    # appeal, which is therefore closed as moot", "your appeal, which has been dismissed as moot" (not the appeal's
    # history: "your appeal, which was received on November 2", "your earlier appeal, which was closed in March")
    r"\b(?:your|the|this)\s+(?:administrative\s+|FOIA\s+)?(?:appeal|petition),?\s+which\s+(?:is|has\s+(?:now\s+)?been)\s+"
    r"(?:hereby\s+|therefore\s+|accordingly\s+|now\s+)?(?:granted|denied|dismissed|remanded|closed)\b|"
    # ... or a part of it, named by what it challenges: "the portion of your appeal challenging the adequacy of BLM's
    # search is remanded to BLM", "That part of your appeal concerning the fee category is granted" (not the part
    # still to come: "The remaining portion of your appeal ... has been placed in our queue")
    r"\b(?:portion|part)\s+of\s+(?:your|the|this)\s+appeal\b(?:\s+[\w'\u2019-]+){0,10}?\s+(?:is|has\s+been)\s+"
    r"(?:hereby\s+|therefore\s+|accordingly\s+)?(?:granted|denied|remanded|closed|dismissed)\b|"
    # ... or a review office's finding that nothing more is called for, closing its file
    rf"{NOTHING_FURTHER_WARRANTED}|"
    # ... or found to be due: "we have determined that your appeal should be granted in part and denied in part", "I
    # conclude that the appeal must be denied" (not the advice "your appeal should be sent to ...")
    r"\b(?:determined|concluded|decided|found|find|finds|conclude|determine)\s+that\s+(?:your\s+|the\s+|this\s+)?"
    r"(?:appeal|petition)\s+(?:should|must|shall|will)\s+be\s+(?:(?:partially|partly)\s+)?(?:granted|denied|sustained|"
    r"remanded)|"
    # "The denial is therefore affirmed": the decision on what was appealed, in the passive
    # ... or "ICE's original response to your request is affirmed"
    # ... or "the determination of the Records Access Officer is upheld", the office's name written with a slash or an
    # ampersand too: "the determination of the FOI/PA Program is affirmed", "the decision of I&A is upheld"
    r"(?:decision|determination|action|denial|response)(?:\s+(?:to|of|on)\s+(?:[\w'/&]+\s+){0,4}[\w'/&]+)?\s+"
    r"(?:is|was|has\s+been)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
    # ... or "vacated", "set aside" (the result then read from what follows: a new search is a remand)
    r"(?:affirmed|upheld|reversed|remanded|overturned|vacated|set\s+aside|modified)|"
    # ... or of the withholdings themselves: "the Exemption 6 redactions are affirmed", "the withholdings under
    # Exemption 7(E) are upheld"
    r"\b(?:withholdings?|redactions?)(?:\s+(?:made\s+)?under\s+[^.;]{1,40}?)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:hereby\s+|therefore\s+|"
    r"accordingly\s+)?(?:affirmed|upheld|sustained|reversed|overturned)\b|"
    # "The Privacy Office's determination stands"
    rf"{DECISION_STANDS}|"
    # ... or the withholdings themselves: "affirmed the Department's withholdings in part"
    # ... or the office's own: "Upon review, the City affirms its response", "the County reverses its determination"
    r"\b(?:affirm|remand|revers)\w*\s+(?:in\s+part|(?:the|its|their)\s+(?:[\w']+\s+){0,3}(?:action|decision|"
    r"determination|response|withholdings?|redactions?))|"
    # "The Panel therefore affirms", "the Board upholds": whoever decides, in the third person; and in the perfect:
    # "the Panel has affirmed the Department's withholdings in part", "the Board has therefore upheld the denial"
    r"\b(?:panel|board|office|officer|authority|council|commission|committee|court|we|i)\s+(?:\w+\s+){0,2}"
    r"(?:affirms|upholds|reverses|remands|sustains|overturns)\b|"
    r"\b(?:panel|board|officer|authority|council|commission|committee|court)\s+has\s+"
    r"(?:(?:hereby|therefore|accordingly|also|now)\s+)?(?:affirmed|upheld|reversed|remanded|sustained|overturned)\b|"
    # In the first person, present: "I uphold the Bureau's decision and deny your appeal", "we affirm the denial"
    # ... or the office's decision by its name: "we AFFIRM MPD's decision", "I uphold DCPS's denial"
    r"\b(?:i|we)\s+(?:(?:hereby|therefore|accordingly|also|must)\s+)?(?:affirm|uphold|reverse|remand|overturn|sustain)\s+"
    r"(?:the|its|their|this|that|your|in\s+part|[\w.&-]+(?:'s|\u2019s)\s+(?:\w+\s+)?(?:decision|determination|"
    r"denial|response|withholdings?|redactions?|action))\b|\b(?:i|we)\s+(?:(?:hereby|therefore|accordingly|must)\s+)?"
    r"(?:deny|grant)\s+(?:your|the|this)\s+appeal\b|"
    r"\b(?:decided|determined|voted|concluded)\s+(?:\w+\s+){0,2}to\s+(?:affirm|uphold|remand|"
    r"reverse|overturn|sustain|grant|deny)|"
    # An appeal body's order, written in the third person: "the Department is ordered to provide ..."
    # (not what the law asks of any agency: "An agency is required to conduct a search reasonably calculated to uncover
    # all relevant documents", "Agencies are required to respond within twenty days")
    # ... nor the office's own duty under the law, to any request or counted from its receipt: "The Department is
    # required to respond to a FOIA request within five (5) business days after receipt", "the City is required to
    # respond within ten days of receipt of a request" (an order counts from the decision: "within five business days
    # after receipt of this opinion")
    r"(?<!\ban\sagency\s)(?<!\bagencies\s)(?<!\bany\sagency\s)(?<!\bevery\sagency\s)"
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:ordered|directed|required)\s+to\s+(?:provide|produce|release|disclose|"
    r"respond(?!\s+to\s+(?:a|an|any|each|every|all)\s+(?:[\w-]+\s+){0,3}?requests?\b)"
    r"(?![^.;]{0,80}?\bwithin\b[^.;]{0,60}?\b(?:after|of|from)\s+(?:its\s+|the\s+)?receipt\b"
    r"(?!\s+of\s+(?:this|the\s+(?:order|decision|opinion|determination)))\b)|"
    r"conduct|perform|issue|search)|"
    rf"{ORDERED_TO_REQUESTER}|{CHANGED_POSITION}|{FELL_SHORT}|{RESPONSE_CORRECT}|{LEFT_AS_IT_WAS}|{DECIDED_FOR_YOU}|"
    rf"{DECIDED_AGAINST_YOU}|"
    # A remand in plain words: "We are therefore sending your request back to the Privacy Office so that it may conduct
    # a new search", "I am returning the request to the FOIA Office for a new search"
    rf"{REQUEST_SENT_BACK}|"
    # ... or the office that answered told to do it again: "I have accordingly instructed the ICE FOIA Office to have
    # the ICE Health Service Corps search for records ... and to issue a new response to you"
    rf"{INSTRUCTED_TO_REDO}|"
    # "I am closing your appeal", "your appeal has been administratively closed": nothing left to decide
    # ... whoever's it is: "I am closing your client's appeal file in this Office"
    # ... closed "administratively", as an appeal with no determination yet to review is: "Accordingly, we are
    # administratively closing your appeal"
    r"\b(?:am|are|is)\s+(?:hereby\s+|therefore\s+|now\s+)?(?:administratively\s+)?closing\s+(?:your|the|this)\s+"
    r"(?:[\w'\u2019]+\s+){0,2}?appeal\b|"
    # ... or the appeal named by its number, no article before it: "We are therefore closing Appeal 2027-A-01 as
    # moot", "I am closing appeal No. 26-0412" (a number that has a digit, so never "closing appeals that ...")
    r"\b(?:am|are|is)\s+(?:hereby\s+|therefore\s+|now\s+)?(?:administratively\s+)?closing\s+"
    r"(?:FOIA\s+|administrative\s+)?appeal\s+(?:no\.?\s*|number\s+|#\s*)?[A-Z]*-?\d[\w-]*\b|"
    r"\bappeal\b[^.;]{0,60}?\b(?:is|has\s+been|was)\s+(?:hereby\s+|therefore\s+|accordingly\s+|now\s+)?"
    r"administratively\s+closed\b|"
    # ... and in the perfect, the office having closed it: "there is no longer a delay for the appeal to remedy, and we
    # have closed your appeal as moot", "the Office has therefore closed this appeal" (never a condition or a time to
    # come, "if you do not reply, we will have closed your appeal", nor an earlier appeal's history: "we have closed
    # your earlier appeal")
    r"^(?![^.;]*\b(?:if|unless|once|when|until)\b)[^.;]*?\b(?<!will\s)(?<!would\s)(?:have|has)\s+"
    r"(?:(?:hereby|therefore|accordingly|now|also|administratively)\s+){0,2}closed\s+(?:your|the|this)\s+"
    r"(?!(?:earlier|previous|prior|first|other|last)\b)(?:[\w'\u2019]+\s+){0,2}?appeal\b|"
    # ... or closed named by its number, or left undecided because the requester sued: "the Commission will not
    # adjudicate your administrative appeal, and appeal 2027-04A is closed", "this office will not decide your appeal"
    # (never a rule quoted: "an appeal ordinarily will not be adjudicated if the request becomes a matter of FOIA
    # litigation", nor an earlier appeal's history: "your earlier appeal, which was closed in March")
    rf"{APPEAL_LEFT_UNDECIDED}|"
    # Massachusetts's Supervisor of Records: "Since the Department has now responded to the request, I will consider
    # this administrative appeal closed", "we will consider your appeal closed"
    # (never a condition: "If we do not hear from you by January 4, we will consider the appeal to be closed")
    r"^(?![^.;]*\b(?:if|unless)\b)[^.;]*?"
    r"\b(?:i|we)\s+(?:will\s+|shall\s+|now\s+)?consider\s+(?:this|the|your)\s+(?:[\w'\u2019]+\s+){0,2}?appeal\s+"
    r"(?:to\s+be\s+|as\s+)?closed\b|"
    # Massachusetts's Supervisor of Records: "Accordingly, I decline to order the Office to produce the withheld
    # records" (the withholding stands)
    r"\bdecline[sd]?\s+to\s+order\b|"
    rf"{MUST_BE_DISCLOSED}|{AGENCY_MUST_DISCLOSE}|"
    # Illinois's Public Access Counselor: "concludes that the Village improperly withheld the ... agreement" (never what
    # a complaint alleged: "Your complaint alleged that the Department improperly withheld the internal affairs file")
    rf"^(?!.*\bwhether\b){_ALLEGED}{_DENIAL_SUPPOSED}.*?\b(?:improperly|wrongly|unlawfully)\s+(?:withheld|denied|"
    r"redacted)|"
    # A review body's dismissal of the complaint, which leaves the denial as it was: "The Board therefore voted to
    # dismiss the complaint as legally insufficient", "the Board dismisses the complaint"
    rf"{COMPLAINT_DISMISSED}|"
    rf"{WRONGLY_CHARGED}|{FEE_DECIDED}|"
    # An attorney general's open records decision: "the Department did not violate the Act when it denied the request"
    rf"{VIOLATED_ACT}|"
    # "I have considered your appeal and it is denied."
    rf"{APPEAL_AND_IT}|"
    # An appeal office deciding in the first person, present: "Accordingly, we deny the Appeal", "I grant your
    # appeal"; and its order: "It Is Therefore Ordered That the Appeal filed on ..., Case No. ..., is denied."
    rf"{FIRST_PERSON_ON_APPEAL}|{ORDERED_THAT_APPEAL}|"
    # New Jersey's Government Records Council: "the complaint is dismissed"
    # ... and the rest of it, after an order: "The complaint is otherwise dismissed."
    # ... or with its docket between (Iowa's Public Information Board): "Formal complaint 26FC:0142 is dismissed as
    # legally insufficient", "Complaint No. 2025-187 is hereby dismissed"
    rf"\b{COMPLAINT_DOCKETED}(?:is|has\s+been)\s+(?:hereby\s+|therefore\s+|otherwise\s+)?(?:dismissed|granted|denied)|"
    # ... and its finding on the custodian's denial: "The Custodian lawfully denied access to the requested file"
    rf"{LAWFULLY_DENIED}|"
    # An attorney general's opinion on a denial: "we conclude that the City violated FOIA by ...", "The Fargo Police
    # Department did not violate N.D.C.C. § 44-04-18 when it denied the request"
    rf"{VIOLATED}|{NOT_VIOLATED}|"
    # ... and its finding that the custodian carried its burden to withhold: "the Department has met its burden"
    rf"{CARRIED_BURDEN}|"
    # ... or that the custodian's decision squares with the law or not (Arkansas): "the custodian's decision is
    # consistent with the FOIA in part and inconsistent in part"
    rf"{DECISION_SQUARED}", IC)
# The verdicts an appeal's deciding officer may give, listed as choices still open (what the text before a verdict
# ends with): "The General Counsel may affirm, affirm in part, reverse, or reverse in part the initial response",
# "the Director can uphold, modify or reverse", "The Board may either affirm or remand".
_VERDICT_CHOICE = r"[a-z]+(?:\s+in\s+(?:part|whole|full))?"
VERDICTS_OPEN = re.compile(rf"\b(?:may|might|can|could)\s+(?:either\s+)?(?:{_VERDICT_CHOICE}\s*,\s*(?:(?:and|or)\s+)?)*"
                           rf"(?:{_VERDICT_CHOICE}\s+(?:and|or)\s+)?$", IC)
# More time counted past the law's own: "ten working days beyond the twenty allowed by statute", "10 business days in
# addition to the 20-day statutory period", "30 days beyond the statutory time limit", "ten working days more than the
# statutory time limit"; and in workdays: "ten workdays beyond the 20-workday statutory deadline".
_DAYS_BEYOND = (r"\b(?:work|business)?days\s+(?:beyond|in\s+addition\s+to|over\s+and\s+above|more\s+than)\s+(?:the\s+)?"
                r"(?:twenty|20|statutory|standard|usual|normal|initial|original|regular)\b")
# The time to respond moved out, said of the time itself: "the period for our response is being lengthened by
# seven (7) working days", "the deadline for our response is pushed back by ten business days" (the time to respond,
# and a count of days after it: not "the date of the hearing is postponed by ten days").
_TIME_MOVED_BY_DAYS = (r"\b(?:(?:period|time|deadline|date|time\s+limit)\s+(?:for|of|to)\s+(?:\w+\s+){0,2}?"
                       r"(?:response|reply|respond|determination|decision|answer)|(?:response|reply)\s+(?:period|time|deadline|date))\s+"
                       r"(?:is|are|has\s+been|"
                       r"will\s+be)\s+(?:\w+\s+){0,2}?(?:being\s+)?(?:lengthened|prolonged|pushed\s+back|moved\s+back|"
                       r"postponed|extended)\s+(?:by|for)\s+(?:an?\s+(?:additional|further)\s+|up\s+to\s+)?"
                       rf"{COUNT}\s+(?:\(\d+\)\s+)?(?:additional\s+|more\s+)?(?:(?:working|business|calendar|work)\s+)?days\b"
                       # ... or moved by them: "the deadline for our response has moved 14 days out, to May 8" (not
                       # "the hearing date has moved")
                       r"|\b(?:(?:period|time|deadline|date|time\s+limit)\s+(?:for|of|to)\s+(?:\w+\s+){0,2}?"
                       r"(?:response|reply|respond|determination|decision|answer)|(?:response|reply)\s+(?:period|time|deadline|"
                       r"date))\s+(?:has|have|had|is|was|will)\s+(?:been\s+|be\s+)?(?:moved|pushed|shifted)\s+(?:back\s+|out\s+)?"
                       rf"(?:by\s+)?{COUNT}\s+(?:\(\d+\)\s+)?(?:(?:working|business|calendar|work)\s+)?days\s+"
                       r"(?:out|later|back)\b")
# Days added to the time the law gives: "adding ten working days to the statutory response period", "we have added 14
# days to the deadline" (the time's own words needed: not "added three pages to the release").
_DAYS_ADDED = (rf"\badd(?:s|ed|ing)?\s+(?:an?\s+)?(?:additional\s+|further\s+|extra\s+)?(?P<n>{COUNT})\s+"
               r"(?:additional\s+|more\s+|further\s+)?(?:(?:working|business|calendar|work)\s+)?(?:work|business)?days\s+to\s+"
               r"(?:the|its|our|their|your|this|that)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:period|time|deadline|limit|date|clock)\b")
MORE_THAN_THE_LAWS_DAYS = (r"\bmore\s+than\s+the\s+(?:\S+\s+){1,3}?(?:(?:business|working|calendar)\s+)?days\s+"
                           r"(?:that\s+)?(?:the|our|its)\s+(?:\w+\s+){0,3}?(?:allows?|permits?|provides?|gives?|"
                           r"requires?)\b")
# More than the days the law adds may be needed, those days taken all the same: "Because of these unusual
# circumstances, we may need more than the additional ten days to process your request", "we might require more than
# the ten additional working days" (not more time that may be needed, none taken: "we may need more time").
_MORE_THAN_ADDED = (r"(?:may|might)\s+(?:need|require|take)\s+more\s+than\s+(?:the\s+)?"
                    r"(?:(?:additional|extra|further)\s+\S+|\S+\s+(?:additional|extra|further))\s+"
                    r"(?:(?:working|business|calendar)\s+)?days\b")
MORE_THAN_THE_ADDED_DAYS = (r"\b(?:we|I|it|office|agency|department|bureau|component)\s+" + _MORE_THAN_ADDED)
# What stands in the way of the law's time: "there are unusual circumstances which impact our ability to quickly
# process your request" (DoD's OSD/JS), "unusual circumstances affect the Office's ability to respond" (not what may or
# could).
# ... or the request said to be delayed for the law's unusual circumstances, the Air Force's interim notice (32 CFR
# 806.27(c)): "Your request will be delayed because all or part of the responsive records are not located at this
# installation", "... because we must consult another agency" (not a delay that may come, nor one for other causes).
DELAYED_FOR_CIRCUMSTANCES = (r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)\bwill\s+be\s+delayed\s+because\s+"
                             r"[^.;]{0,160}?\b(?:not\s+(?:located|kept|maintained)\s+(?:at|in)\s+this|separate|"
                             r"field\s+(?:office|facilit|activit)|other\s+(?:installations?|locations?|facilit|"
                             r"activities|agenc)|voluminous|substantial\s+(?:number|volume|amount)|"
                             r"large\s+(?:number|volume|amount)|consult)")
# The request itself said to be one of the law's unusual circumstances: "your request falls within \"unusual
# circumstances\" under 5 U.S.C. § 552(a)(6)(B)(i)-(iii)" (EOIR's acknowledgement, which then gives its estimate),
# "this request therefore falls under unusual circumstances", "your request involves unusual circumstances" (not what
# may or would: "requests that may fall within unusual circumstances", "if your request falls within ...").
REQUEST_IN_UNUSUAL_CIRCUMSTANCES = (r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bif\s)"
                                    r"\b(?:your|this|the)\s+(?:FOIA\s+|FOIPA\s+)?request\s+(?:therefore\s+|thus\s+|"
                                    r"accordingly\s+|also\s+){0,2}(?:falls?|fell)\s+(?:with)?(?:in|under)\s+(?:the\s+)?"
                                    r"(?:FOIA's\s+|statutory\s+)?[\"'\u201c\u2018]?unusual\s+circumstances\b|"
                                    r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bif\s)"
                                    r"\b(?:your|this|the)\s+(?:FOIA\s+)?request\s+(?:therefore\s+|thus\s+){0,1}"
                                    r"(?:involves|presents)\s+[\"'\u201c\u2018]?unusual\s+circumstances\b")
TIME_STANDS_IN_THE_WAY = (REQUEST_IN_UNUSUAL_CIRCUMSTANCES + "|" + DELAYED_FOR_CIRCUMSTANCES + "|"
                          # "extraordinary circumstances exist that preclude it from responding within that time",
                          # "... prevent the Department from completing its response within ten business days" (not
                          # what may or would)
                          r"(?<!\bmay\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bwould\s)\b(?:preclude|prevent)s?\s+"
                          r"(?:it|us|me|them|the\s+(?:[\w'\u2019]+\s+){1,3}?|this\s+office\s+)\s*from\s+"
                          r"(?:responding|completing|answering|providing|producing|fulfilling)\b[^.;]{0,60}?\bwithin\b|"
                          r"(?<!\bmay\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bwould\s)"
                          r"\b(?:impact|affect|hinder|limit|delay)s?\s+(?:(?:our|its|their)\s+|the\s+(?:[\w'\u2019]+\s+){1,3}?)"
                          r"ability\s+to\s+(?:\w+\s+)?(?:process|respond|complete|answer)")
EXTENSION_WORDS = re.compile(r"extend|extension|(?:additional|extra)\s+(?:\S+\s+){0,3}(?:work|business)?days|"
                             # "We need ten more working days", "10 more business days"
                             rf"\b{COUNT}\s+more\s+(?:(?:working|business|calendar|work)\s+)?(?:work|business)?days\b|"
                             r"(?:initially|originally)\s+due|"
                              r"unusual\s+circumstances|" + DELAYED_FOR_CIRCUMSTANCES + "|"
                              # Utah's "extraordinary circumstances" (Utah Code § 63G-2-204) and Idaho's "a longer
                              # period of time is needed" (Idaho Code § 74-103(2))
                              r"extraordinary\s+circumstances|\blonger\s+(?:period|time)\b|"
                              r"(?:more|additional|further|extra)\s+time|further\s+(?:\w+\s+)?days|"
                              # more than the law's own time: "we will need more than the fifteen days the Act
                              # ordinarily allows" (New Mexico's excessively burdensome request, NMSA 1978, § 14-2-10)
                              + MORE_THAN_THE_LAWS_DAYS + "|"
                              # ... "the statutory 20-working-day response period" (a word may be hyphened)
                              r"\b(?:lengthen|prolong)(?:s|ed|ing)?\s+(?:the|its|our|their|your)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:period|time|deadline|date)\b|" + _DAYS_BEYOND + "|" + _DAYS_ADDED + "|"
                              + _TIME_MOVED_BY_DAYS, IC)
EXTENSION_ACTION = re.compile(r"\b(?:invok|tak(?:e|ing)|will|are\s+extending|extending|"
                               + MORE_THAN_THE_ADDED_DAYS + "|"
                               # the circumstances said to stand in the way of the law's time: "there are unusual
                               # circumstances which impact our ability to quickly process your request" (DoD's
                               # OSD/JS), "unusual circumstances affect the Office's ability to respond" (not what
                               # may or could)
                               + TIME_STANDS_IN_THE_WAY + "|"
                               # "TSA is availing itself of ten additional business days", "the Bureau is using
                               # the ten extra working days the law allows", "we avail ourselves of"
                               r"avail(?:s|ing|ed)?\s+(?:itself|ourselves|myself|themselves)\s+of|"
                               r"(?:is|are|am)\s+(?:now\s+)?(?:using|exercising|claiming)\s+(?:the\s+|an?\s+)?"
                               r"(?:\S+\s+)?(?:additional|extra|more)\b|"
                               # "the Department is adding ten working days to its response period", "we have added"
                               rf"(?:is|are|am|has|have)\s+{DECIDING_ADVERBS}add(?:ing|ed)\b|"
                               # "TSA is lengthening the period for its response by ten additional business days",
                               # "the Office is prolonging its response time" (not "may lengthen", not a condition)
                               rf"(?:is|are|am|has|have)\s+{DECIDING_ADVERBS}(?:lengthen|prolong)(?:ing|ed)\s+"
                               r"(?:the|its|our|their|your)\s+(?:[\w-]+\s+){0,3}?(?:period|time|deadline|date)\b|"
                               # "The Department therefore extends its response time by 14 business days"
                               r"(?:we|department|agency|office|board|commission|bureau|division|city|county|"
                               r"custodian)\s+(?:hereby\s+|therefore\s+|accordingly\s+|now\s+){0,2}extends\b|"
                               r"we\s+(?:need|require|must)|" + _TIME_MOVED_BY_DAYS + "|"
                               # "is hereby extended", "has accordingly been extended", "have therefore extended"
                               rf"is\s+{DECIDING_ADVERBS}(?:being\s+)?(?:extended|necessary|needed|required)|"
                               rf"has\s+{DECIDING_ADVERBS}been\s+{DECIDING_ADVERBS}extended|"
                               # ... and contracted: "We've extended the time to respond to January 8, 2027"
                               rf"(?:have|(?<=['\u2019])ve)\s+{DECIDING_ADVERBS}extended|"
                               r"(?:have|has)\s+(?:(?:therefore|accordingly|thus|consequently|now|also)\s+){0,2}extended|"
                               # "Unusual circumstances apply to your request", "... apply to the processing of
                               # your request" (the FBI's ticked box)
                               r"appl(?:y|ies)\s+to\s+(?:the\s+(?:processing|handling)\s+of\s+)?your|claim|exercis|need\s+to\s+extend|"
                               # Pennsylvania: "within thirty (30) days of the date your response was initially due"
                               r"(?:initially|originally)\s+due|"
                               r"(?:requires?|needs?)\s+(?:\w+\s+)?(?:additional|more|further)\s+time|"
                               # Idaho's notice under Idaho Code § 74-103(2): "the Department requires a longer period
                               # of time to locate and retrieve the requested records", "we need a longer time"
                               r"(?:requires?|needs?|will\s+need|must\s+take)\s+(?:an?\s+)?longer\s+(?:period|time)\b|"
                               # "The Department needs five additional business days", "PSP requires up to thirty
                               # (30) additional calendar days"
                               r"(?:requires?|needs?)\s+(?:\S+\s+){1,3}(?:\(\d+\)\s+)?(?:additional|more|further)\s+(?:(?:work(?:ing)?|"
                               r"business|calendar)\s+)?days|"
                               # "The Department requires 30 days beyond the statutory time limit"
                               r"(?:requires?|needs?)\s+(?:\S+\s+){1,4}?" + _DAYS_BEYOND + "|"
                               # "the agency requires an extension of time until March 20, 2026"
                               r"(?:requires?|needs?|requesting)\s+(?:an?\s+)?(?:\w+\s+)?extension|"
                               # New Jersey's custodian asks the requester for the time: "The Township therefore
                               # writes to request an extension of time ... until December 18, 2026", "we must request
                               # an extension" (not the requester's: "you may request an extension")
                               r"(?<!you\s)(?<!you\smay\s)(?<!you\scan\s)(?<!to\sask\sto\s)\b(?:writes?|writing|must|"
                               r"hereby|are|am|is)\s+(?:\w+\s+)?(?:to\s+)?request(?:ing)?\s+(?:an?\s+)?(?:\w+\s+)?"
                               r"extension\s+of\s+(?:the\s+)?(?:time|deadline)|"
                               # "the Department requires up to an additional thirty (30) days"
                               r"(?:requires?|needs?)\s+(?:up\s+to\s+)?(?:an?\s+)?(?:additional|more|further)\s+"
                               r"(?:\S+\s+){1,3}(?:work|business)?days)", IC)
EXTENSION_DAYS = (
    re.compile(_DAYS_ADDED, IC),
    re.compile(rf"(?P<n>{COUNT})[\s-]+(?:\(\d+\)\s*)?(?:(?:working|business|calendar|workday)[\s-]+)?"
               r"(?:work|business)?day\s+extension", IC),
    # ... the count after "a period" and its cap: "is extending the time within which to respond ... for an additional
    # period not to exceed ten (10) business days" (Michigan's MCL 15.235(2)(d) notice), "for a further period of up to
    # 15 working days"
    re.compile(rf"(?:extend|extension|lengthen|prolong|pushed\s+back|moved\s+back|postpone)\w*\s+(?:\w+\s+|\S+\s+){{0,12}}?"
               r"(?:by|of|for)\s+(?:an?\s+|up\s+to\s+|(?:not|no)\s+more\s+than\s+)?"
               r"(?:additional\s+|further\s+)?(?:period\s+(?:of\s+)?(?:time\s+)?,?\s*(?:of\s+)?"
               r"(?:not\s+to\s+exceed\s+|up\s+to\s+|(?:not|no)\s+more\s+than\s+)?)?"
               rf"(?P<n>{COUNT})\s+(?:\(\d+\)\s+)?(?:additional\s+|more\s+)?(?:(?:working|business|"
               r"calendar)\s+)?(?:work|business)?days", IC),
    re.compile(rf"(?:additional|further|extra|another)\s+(?P<n>{COUNT})\s+(?:(?:working|business|calendar|work)\s+)?"
               r"(?:work|business)?days", IC),
    # The time taken with its cap after it, as Pennsylvania's Section 902 notice says it: "the County requires
    # additional time, not to exceed thirty (30) calendar days, to respond", "an extension of time of up to 20 business
    # days", "more time, no more than ten working days"
    re.compile(rf"(?:(?:additional|more|further|extra)\s+time|\bextension(?:\s+of\s+(?:the\s+)?time)?),?\s+(?:of\s+)?"
               r"(?:not\s+to\s+exceed|up\s+to|(?:not|no)\s+more\s+than)\s+(?:an?\s+)?(?:additional\s+|further\s+)?"
               rf"(?P<n>{COUNT})\s+(?:\(\d+\)\s+)?(?:(?:working|business|calendar|work)\s+)?"
               r"(?:work|business)?days", IC),
    # "the deadline for our response has moved 14 days out"
    re.compile(rf"\b(?:moved|pushed|shifted)\s+(?:back\s+|out\s+)?(?:by\s+)?(?P<n>{COUNT})\s+(?:\(\d+\)\s+)?"
               r"(?:(?:working|business|calendar|work)\s+)?days\s+(?:out|later|back)\b", IC),
    re.compile(rf"(?P<n>{COUNT})\s+(?:additional|more|further|extra)\s+(?:(?:working|business|calendar|work)\s+)?"
               r"(?:work|business)?days", IC),
    re.compile(rf"(?P<n>{COUNT})\s+(?:(?:working|business|calendar|work)\s+)?(?:work|business)?" + _DAYS_BEYOND, IC),
    re.compile(rf"(?P<n>{COUNT})\s+(?:(?:working|business|calendar|work)\s+)?days\s+(?:of|from|after|beyond)\s+the\s+date"
               r"\s+(?:\w+\s+){0,3}(?:was|is|were)\s+(?:initially|originally)\s+due", IC),
    # ... or from the due date named as the first one: "we're extending the response date to Dec. 28, 2026, which is
    # 10 business days from the original due date" (IRS Letter 1522), "ten working days after the statutory deadline",
    # "15 days past our initial response date" (not the law's own time: "20 business days from the date of receipt")
    re.compile(rf"(?P<n>{COUNT})\s+(?:\(\d+\)\s+)?(?:(?:working|business|calendar|work)\s+)?(?:work|business)?days\s+"
               r"(?:from|after|past|beyond|later\s+than)\s+(?:the|our|its|your)\s+(?:original|initial|statutory|first|"
               r"prior|previous|current|regular)\s+(?:due\s+date|deadline|response\s+date|date\s+due|due\s+day)", IC),
)
# The office has asked a reviewing authority whether it may withhold, and answers once it rules: Texas's notice under
# Gov't Code § 552.301(d), "The City wishes to withhold the requested information and has asked for a decision from
# the Texas Attorney General", "we have requested a ruling from the Office of the Attorney General", "the Department
# is seeking an open records decision from the Attorney General's Open Records Division" (never what it will do or may
# do: "if the City needs to request a ruling ..., you will be notified", "the County will ask for an Attorney General
# decision"). The time to answer runs on until the ruling: more time, its days unsaid.
_REVIEWER = (r"(?:the\s+)?(?:Texas\s+)?(?:Office\s+of\s+(?:the\s+)?)?Attorney\s+General(?:'s|\u2019s)?"
             r"(?:\s+(?:Office|office))?")
_RULING = r"(?:an?\s+|the\s+)?(?:(?:formal|open\s+records|attorney\s+general)\s+)?(?:decision|ruling|opinion)"
_RULING_ADVERBS = (r"(?:(?:now|therefore|also|accordingly|today|already|recently|timely|promptly|thus|"
                   r"this\s+(?:day|date|week))\s+){0,2}")
RULING_SOUGHT = re.compile(
    # (no condition before the asking: "if the City needs to request a ruling"; a "whether" after it names the
    # question put to the Attorney General, not a condition: "has requested a ruling ... on whether the information
    # you requested may be withheld")
    r"^(?:(?!\b(?:if|whether|unless|should|when|once)\b)[^;])*?"
    r"(?<!\bwill\s)(?<!\bmay\s)(?<!\bmust\s)(?<!\bwould\s)(?<!\bto\s)"
    # (an adverb or two of when or why between: "the Department has today requested a decision from the Office of the
    # Attorney General", "we have already asked", "the City is timely requesting")
    r"\b(?:(?:has|have)\s+" + _RULING_ADVERBS + r"(?:asked|requested|sought)|"
    r"(?:is|are)\s+" + _RULING_ADVERBS + r"(?:asking|requesting|seeking)|"
    r"(?:has|have)\s+" + _RULING_ADVERBS + r"submitted\s+(?:your|the|this)\s+request\s+to)\s+"
    rf"(?:(?:for\s+)?{_RULING}\s+(?:from|of|by)\s+{_REVIEWER}\b|{_REVIEWER}\s+(?:for\s+{_RULING}|to\s+(?:decide|rule|"
    r"determine|issue)))", IC)
# ... but not once the ruling is in: "The Attorney General has now issued Open Records Letter Ruling No. OR2026-028814".
RULING_ISSUED = re.compile(r"\b(?:issued|received|rendered)\s+(?:\w+\s+){0,4}?(?:ruling|decision|opinion)\b|"
                           r"\bletter\s+ruling\b|\bOR\d{4}-\d+|\b(?:ruled|concluded|determined|decided)\s+that\b", IC)
# A ruling still awaited, told in a clause of time: "The Department will not release the information at issue until the
# Attorney General has issued a ruling", "once the Attorney General has rendered its decision, the City will ...",
# "pending the ruling the Attorney General has not yet issued" (never a ruling issued: that clause is read out before
# RULING_ISSUED looks for one).
RULING_AWAITED = re.compile(r"\b(?:until|once|after|upon|pending|before)\b[^,;.]*", IC)
CONDITIONAL = re.compile(r"^\s*(?:if|should|in\s+the\s+event)\b|\bmay\s+(?:need\s+to\s+)?(?:extend|take|invoke)|"
                          # ... but not a purpose: "To allow us to conduct a reasonable search, please tell us ..."
                          # ... nor the noun: "Please clarify which permits you want", "the permits issued"
                          r"(?<!\bto\s)(?<!\bwhich\s)(?<!\bwhat\s)(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)"
                          r"(?<!\bany\s)(?<!\ball\s)(?<!\byour\s)(?<!\bour\s)(?<!\bits\s)(?<!\bsuch\s)"
                          r"\b(?:permits?|allows?)\s+(?!us\s+to\b)(?:an?\s+|agencies\s+)?", IC)
# An ask opening the sentence, its purpose perhaps said before it: "Please clarify ...", "To allow us to process your
# request, please clarify it by providing ...", "In order to locate the records, kindly tell us ..." (a clause of its
# own before the comma: not "If you wish to, please ...", whose condition CONDITIONAL reads).
PLEASE_OPENING = re.compile(r"\s*(?:(?:in\s+order\s+)?to\s+(?:allow|enable|help|assist|permit|process|locate|search|"
                            r"identify|find|conduct|proceed|continue)\b[^,;:.]{0,100},\s*|"
                            r"so\s+that\s+we\s+(?:can|may)\b[^,;:.]{0,100},\s*)?(?:please|kindly)\b", IC)
# A condition opening the clause a finding stands in ("if", "in the event that", "in case", "unless", "whether or
# not", and "should" opening the clause): what follows is a case foreseen, not a result. "You should know that no
# records were found" is no condition.
CONDITION_OPENING = re.compile(r"\b(?:if|unless|in\s+the\s+event|in\s+case|whether)\b|(?:^|,)\W*should\b", IC)
# A sentence that opens on its condition: "If the records have been released in full, ...".
# ... or on the reach of the request it would apply to: "To the extent your request implicates classified
# information, be advised that the CIA can neither confirm nor deny ...", "Insofar as your request seeks ..., ..."
CONDITION_FIRST = re.compile(r"^\W*(?:if|unless|in\s+the\s+event(?:\s+that)?|should|to\s+the\s+extent(?:\s+that)?|"
                             r"insofar\s+as)\b(?![^,;]*,\s+(?:we|the\s+\w+)\s+"
                             r"(?:are|is|have|has)\s+(?:\w+\s+)?(?:releas|enclos|provid|withh))", IC)
IF = re.compile(r"^\s*(?:if|should|unless|in\s+the\s+event)\b|\bif\s+(?:we|you)\s+(?:do|does|have)\s+not\b", IC)
# A condition opened after a comma, inside a sentence that states the law rather than uses it: "Under Section 902 of
# the Right-to-Know Law, if the City's response will be delayed, the City will notify you within five business days"
# (five days to give notice, no extension taken). Read only before the days or the delay it would govern.
MID_CONDITION = re.compile(r"[,;:]\s*(?:if|should|unless|in\s+the\s+event(?:\s+that)?)\b", IC)
# A release spoken of inside a condition, after the clause that leads the sentence: "Please remember that this is only
# an estimate, and if some of the pages are withheld in full ..., the actual charges could be less", "The fee may
# change, since should any pages be withheld ..." (the clause before the release, back to its comma, opens with the
# condition); and a release the sentence names only as what a charge does not depend on, its concession opening
# anywhere in the clause: "you will be charged for search time even if no responsive records are found or the records
# located are withheld", "fees are assessed regardless of whether the records are released or withheld" (not a clause
# closed before the release: "Even if a fee waiver were granted, the records are withheld in full").
CONDITION_BEFORE = re.compile(r"(?:^|[,;:(])\s*(?:and\s+|but\s+|or\s+|since\s+|because\s+)?(?:if|unless|should|"
                              r"in\s+the\s+event(?:\s+that)?|whether)\b[^,;:()]*$|"
                              r"\b(?:even\s+if|regardless\s+of\s+whether|whether\s+or\s+not)\b[^,;:()]*$", IC)
# A final answer or a close spoken of inside a condition that opens its clause, wherever the sentence began: "Please
# note that if your request is closed and you later decide that you want the records, you will need to submit a new
# request", "Be aware that once your case is closed, you may not reopen it" (not a condition closed at its comma
# before: "Because you did not reply, your request has been closed", nor one after: "Your request is closed, and if
# you later want the records you may file a new one").
CONDITION_IN_CLAUSE = re.compile(r"\b(?:if|unless|once|in\s+the\s+event(?:\s+that)?)\s+[^,;:()]*$", IC)
# ... or a release that is itself the condition, inside a clause that opens otherwise: "the public's interest in the
# matter will be lost if the records are released only after the review", "the value of the information would be lost
# unless the documents are released before the hearing" (its verb the release's own).
RELEASE_AS_CONDITION = re.compile(r"\b(?:if|unless)\s+(?:[\w'-]+\s+){1,3}(?:is|are|was|were|be)\s+(?:\w+\s+)?"
                                  r"(?:released|produced|disclosed|provided|made\s+available)\b", IC)
# The fee for the records as found, said under the condition that they all go out: "If all of the pages that are
# potentially responsive to your request are released, you will owe $45.00 in duplication fees", "If all responsive
# records are produced, the total fee will be $120.00" (an estimate, not a fee only foreseen).
IF_ALL_RELEASED_FEE = re.compile(r"^\W*if\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:pages|records|"
                                 r"documents|files)\b[^,;]{0,100}?\b(?:are|is)\s+(?:\w+\s+)?(?:released|produced|"
                                 r"provided|disclosed|copied|duplicated)"
                                 # ... in the form they go out in: "If all potentially responsive pages are released on
                                 # CD, you will owe $90.00", "are produced to you via eFOIPA,"
                                 r"(?:\s+(?:to\s+you\s+)?(?:on|in|via|by|through|as)\s+[^,;]{1,40}?)?"
                                 # (what happens meanwhile may come first, joined by "and": "..., your request will be
                                 # sent in 9 interim releases and you will owe an estimated $130.00")
                                 r"\s*,\s*(?:[^,;.$]{1,80}?\s+and\s+)?(?:you\s+will\s+owe\b|the\s+(?:total\s+|"
                                 r"estimated\s+)?(?:fees?|costs?|charges?)\s+(?:will|would)\s+(?:be|total|come\s+to)\b)",
                                 IC)
# The amount left once a waiver, reduction or credit is applied: "After the fifty percent reduction, the estimated fee
# is", "the reduced fee is", "net of the deposit, the balance is".
_NOT_ONE_PART_FEE = (r"(?![^.;:$]{0,40}?\b(?:search(?:ing)?|review|duplication|copying|copy|reproduction|"
                     r"printing|scanning)\s+(?:fees?|costs?|charges?)\b)")
AFTER_REDUCTION = re.compile(r"\bafter\s+(?:the\s+|applying\s+(?:the\s+)?|deducting\s+(?:the\s+)?)?"
                             r"(?:[\w%$.,-]+\s+){0,3}?(?:reduction|waiver|discount|credit|deduction)\b|\breduced\s+(?:fee|amount|total|estimate|"
                             r"cost|charge)|\bnet\s+(?:of\s+)?(?:the\s+)?(?:fee|amount|total|deposit|waiver)|"
                             # ... and what is taken off named in a clause of its own before the amount left: "After
                             # deducting the two free hours of search ($88.00), the estimated fee ... is", "after
                             # subtracting the first 100 pages, which are free, the fee is", "Once the two free hours
                             # are deducted, the cost is" (the clause closed by its comma: not the amount deducted
                             # itself, "After deducting your deposit of $25.00"; nor one part's fee left, short of the
                             # total told after it: "After deducting the two free hours, the estimated search fee is 44
                             # hours at $40.00 per hour, or $1,760.00" above "The total estimated fee ... is $2,060.00")
                             r"\b(?:after|upon)\s+(?:deducting|subtracting|crediting)\s+[^.;:$]{1,80}?"
                             r"(?:\(\$[\d,.]+\))?,\s" + _NOT_ONE_PART_FEE + "|"
                             r"\b(?:once|when)\s+[^.;:$]{1,80}?\s+(?:are|is|have\s+been|has\s+been)\s+(?:deducted|"
                             r"subtracted|credited)\b[^.;:$]{0,30}?(?:\(\$[\d,.]+\))?,\s" + _NOT_ONE_PART_FEE, IC)
# What is owed, said in a sentence of its own after the estimate and what reduced it: "The amount due is therefore
# $165.35", "the balance owed will be $80.00", "The fee payable is thus $120.50" (not a deposit's: "the deposit due
# is").
# A fee form's bottom line, its label alone before the amount: "TOTAL ESTIMATED FEES AND COSTS: $119.00", "Total
# estimated charges | $86.50", "Grand total: $42.00" (not a sentence that says a total: "the total would be $40").
BOTTOM_LINE = re.compile(r"^\W*(?:grand\s+|estimated\s+)?total\b[^$.;:|]{0,60}?(?:[:|]|\s-)\s*\$", IC)
AMOUNT_OWED_SAID = re.compile(r"(?<!deposit\s)(?<!advance\s)\b(?:total\s+)?(?:amount|balance|fee|sum)\s+(?:now\s+)?"
                              r"(?:due|owed|owing|payable)\s+(?:is|will\s+be)\s+(?:(?:therefore|thus|now|accordingly|"
                              r"then|consequently)\s+)?$", IC)
# ("costs" too: "We project those costs at $87.50")
FEE_CONTEXT = re.compile(r"estimat|will\s+cost|\bcosts?\b|\bfees?\b|charges?|amount\s+(?:due|of)|balance|invoice|"
                          r"deposit|advance\s+payment|\btotal|payment\s+of|owe|"
                          # time priced at a rate and summed: "four hours at $24.15 per hour, which comes to $96.60"
                          r"\b(?:per|an?)\s+(?:hour|page)\b[^.;]{0,80}?\b(?:comes?|amounts?|adds?\s+up)\s+to\s+\$|"
                          # what the work comes to: "we anticipate that search and duplication will come to $96.00"
                          r"\b(?:comes?|will\s+come|would\s+come|amounts?|will\s+amount)\s+to\s+(?:about\s+|approximately\s+)?\$|"
                          # the sum the requester is asked to send, the copies it is for beside it: "Please remit
                          # $13.10 for 131 pages", "Kindly remit the sum of $8.40 to the Clerk" (not "do not remit")
                          r"(?<!not\s)(?<!never\s)\b(?:remit|send\s+us|forward)\s+(?:the\s+(?:sum|amount)\s+of\s+)?\$",
                          IC)
# What a court or a tribunal awards is no fee for the records: "Court costs of $400 were awarded", "the court awarded
# attorney's fees of $2,500", "$400 in litigation costs".
COURT_AWARD = (r"\b(?:court|litigation|legal)\s+costs?\b|\bcosts?\s+of\s+(?:suit|litigation)\b|"
               r"\battorney(?:'s|s'|\u2019s|s)?\s+fees?\b|\bawarded\b|\bawards?\s+(?:of\s+)?(?:\$|court|attorney|costs?|"
               r"fees?|damages)|\bcivil\s+penalt(?:y|ies)\b")
# A review for exempt matter still to be made, among the work a request needs (an extension's reason): "Your request
# requires the University ... to review the records for information that is exempt from disclosure under OPRA", "the
# e-mails must be reviewed for privileged material", "we need to review the files for confidential information" (not a
# review made: "We reviewed the records for exempt information and redacted it").
REVIEW_FOR_EXEMPT_TO_COME = re.compile(
    r"(?:\bto\s+(?:(?:search|locate|retrieve|collect|gather|compile)\s+(?:and|,)\s+)?(?:carefully\s+|then\s+)?review|"
    r"\b(?:must|will|would|shall|need\s+to|needs\s+to|have\s+to|has\s+to)\s+(?:first\s+|still\s+|also\s+)?be\s+"
    r"(?:carefully\s+)?reviewed)\s+(?:(?:the|all|any|those|these|each|every|such)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:records?|documents?|e-?mails?|files?|materials?|pages?|messages?)\s+)?for\s+(?:any\s+)?"
    r"(?:potentially\s+|possibly\s+)?(?:(?:information|material|content|matters?|portions?|records?)\s+"
    r"(?:that\s+|which\s+)?(?:is\s+|are\s+|may\s+be\s+|might\s+be\s+|could\s+be\s+)?(?:potentially\s+)?"
    r"(?:exempt|protected|confidential|privileged|excepted)|(?:exempt|protected|confidential|privileged|excepted)\s+"
    r"(?:information|material|content|matters?|portions?|records?))\b[^.;]*", re.IGNORECASE)
# A withholding that would apply only to records that were not found, said beside the finding that none were: "records
# of medical quality assurance reviews, where they exist, are confidential under 10 U.S.C. § 1102 and would not be
# releasable in any event; however, no such records were located", "Even if responsive records had been located, they
# would have been exempt under Exemption 7(A); however, no records were found", "Had any records been found, the
# personnel information in them would be withheld under K.S.A. 45-221(a)(4), but the search found none" (not a
# withholding done: "Where the records contain Social Security numbers, those numbers were redacted under Exemption
# 6", nor one with no finding of nothing beside it).
# A redaction still to be made to records not yet sent, what the office foresees, not what it applied: "these reports
# include records concerning juveniles that are confidential under C.R.S. § 19-1-304, and the Department will need to
# redact identifying information before release", "the videos will have to be redacted under RCW 42.56.240(1) before
# they can be released" (not a redaction made: "the enclosed reports have been redacted under ... before release").
WITHHOLDING_TO_COME = re.compile(
    r"^(?![^;]*\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:redacted|withheld|removed|masked)\b)(?=.*?\b(?:will|would|must|"
    r"shall)\s+(?:first\s+)?(?:(?:need|have)\s+to\s+(?:be\s+)?|be\s+)(?:redact|withh[oe]ld|remov|mask)\w*\b[^;]*?"
    r"\bbefore\s+(?:(?:its|their|any)\s+)?(?:release|disclosure|production|they\s+(?:are|can\s+be|may\s+be)\s+"
    r"(?:released|disclosed|produced|provided))\b)|"
    # ... or the staff time a request would take, redacting among its tasks: "fulfilling your request would require
    # approximately 14 hours of staff time to locate, retrieve and review the responsive records, and to redact
    # information protected by ...", "it will take 6 hours to review and redact the files" (never a redaction made:
    # "the records have been redacted")
    r"^(?![^;]*\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:redacted|withheld|removed|masked)\b)[^;]*?"
    r"\b(?:require|requires|required|take|takes|need|needs)\s+(?:approximately\s+|about\s+|an\s+estimated\s+|"
    r"at\s+least\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:additional\s+)?"
    r"hours?\b(?:[^.;]|\.(?=\d)){0,160}?\bto\s+(?:[\w,]+\s+){0,10}?redact\b|"
    # ... or the hours of staff time a fee is made of, priced: "The estimate was $612.40, consisting of 16.5 hours of
    # staff time to locate, review and redact the audio recordings at $35.60 per hour", "12 hours of clerical time to
    # review and redact the files at $24.85 an hour"
    r"^(?![^;]*\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:redacted|withheld|removed|masked)\b)[^;]*?"
    r"\b\d+(?:\.\d+)?\s+(?:additional\s+)?hours?\s+of\s+(?:[\w-]+\s+){0,2}?time\s+(?:to|for)\s+"
    r"(?:[\w,]+\s+){0,10}?redact\w*\b(?=[^;]*?(?:\$|\bper\s+hour\b|\ban\s+hour\b))|"
    # ... or what will stay closed once an investigation ends, told as what is to come: "When the investigation becomes
    # inactive, ... most of the data will become public, except for data that are otherwise classified as not public,
    # such as the identities ... protected under Minn. Stat. § 13.82, subd. 17.", "Once the case is closed, the file
    # will be released with the names redacted under RCW 42.56.240(2)" (not a withholding applied now: "When the
    # investigation became inactive, the names were redacted under ...", nor one beside it: "..., and until then the
    # data are withheld under ...").
    # ... also as a note, of two things to end, and as what may come: "Please note that once the investigation and any
    # resulting prosecution are concluded, the case file may become available, subject to redaction of exempt
    # information." (a denial's note of the future, not a release now)
    r"^(?![^;]*\b(?:has|have|had|was|were|are|is)\s+(?:been\s+|being\s+)?(?:redacted|withheld|removed|masked|denied)\b)"
    r"\W*(?:(?:please\s+)?(?:note|be\s+advised)\s+that\s+)?"
    r"(?:when|once|after|upon)\s+(?:the\s+|this\s+|that\s+|your\s+)?(?:[\w-]+\s+){0,3}?(?:investigations?|"
    r"cases?|matters?|proceedings?|prosecutions?|litigation)(?:\s+and\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:investigations?|cases?|matters?|proceedings?|prosecutions?|litigation|appeals?))?\s+"
    r"(?:becomes?|is|are|has\s+been|have\s+been)\s+"
    r"(?:inactive|closed|completed?|concluded|resolved|finished|adjudicated)\b[^;]*?\b(?:will|may|might|could)\b", IC)
# The law told in general as a note, of a kind of record named without article (no this letter's records): "Please note
# that recordings from body-worn and dashboard cameras are not public records and are not subject to disclosure under
# the Public Records Act.", "Please note that root cause analyses themselves are confidential quality assurance records
# under 38 U.S.C. § 5705", "Please be advised that health care records are exempt from public disclosure under ..."
# (not the letter's own records or details, "Please note that the names ...", "Please note that these reports ...",
# nor a note of what was done: "Please note that Social Security numbers are exempt and have been redacted").
# ... the kind named with what it includes, between commas, and said first to be another's: "Please note that
# non-public OCC information, including reports of examination, is the property of the OCC and is generally exempt
# from disclosure under Exemption 8 of the FOIA", "Please note that confidential supervisory information, such as
# examination reports, belongs to the Board and is exempt under Exemption 8" (another agency's, which it decides on).
LAW_NOTED_IN_GENERAL = re.compile(
    r"^\W*(?:please\s+(?:note|be\s+advised|be\s+aware)|note)\s+that\s+"
    r"(?!(?:the|these|those|this|that|your|its|their|our|his|her|some|certain|portions?|parts?|all|any|such|each|one|"
    r"no|none|most|many|several|both|we|you|it|they)\b)(?-i:[a-z])[\w-]*(?:,?\s+(?!(?:are|is|were|was)\b)[\w-]+){0,7}?"
    r",?\s+(?:(?:(?:are|is)\s+(?:the\s+)?property\s+of|belongs?\s+to)\s+[^.;]{1,60}?\s+and\s+)?(?:are|is)\s+"
    r"(?:(?:also|generally|typically|ordinarily|usually|themselves)\s+)?"
    r"(?:not\s+(?:public|government)\s+records?|not\s+public|"
    r"not\s+subject\s+to\s+(?:public\s+)?(?:disclosure|inspection)|exempt\b|confidential\b)"
    r"(?![^;]*\b(?:redacted|withheld|removed|denied|enclosed|released|provided|attached)\b)", IC)
# ... or a withholding said of records counterfactually, which says in itself that none were found, alone in its
# sentence after the search that found none: "Please note that medical quality assurance records, if they had been
# located, are confidential under 10 U.S.C. 1102 and could not have been released", "even if the records had been
# located, they would be exempt" (never "if records are located", a search still to come).
HYPOTHETICAL_WITHHOLDING = re.compile(
    r"^(?=[^;]*?(?:\b(?:if|even\s+if)\s+(?:they|any|such(?:\s+\w+){0,3}?|these|those|the\s+(?:\w+\s+){0,2}?records?)\s+"
    r"had\s+been\s+(?:located|found|identified)\b|\bhad\s+(?:they|any|such(?:\s+\w+){0,3}?|these|those)\s+been\s+"
    r"(?:located|found|identified)\b))|"
    r"^(?=[^;]*?(?:\bwhere\s+(?:they|any|such(?:\s+\w+){0,3}?)\s+exist|\b(?:if|to\s+the\s+extent(?:\s+that)?)\s+"
    r"(?:any|such(?:\s+\w+){0,3}?)\s+(?:exist|existed|were\s+(?:located|found))|\beven\s+if\b|^\W*had\s+(?:any\s+)?"
    r"(?:\w+\s+){0,3}?(?:records?|documents?|files?)\s+been\s+(?:located|found|identified)|\bwould\s+(?:not\s+be|have\s+"
    r"been|be)\s+(?:\w+\s+)?(?:releasable|released|disclosed|available|exempt|withheld|confidential|protected)))"
    r"(?=.*?(?:\bno\s+(?:such\s+|responsive\s+)?(?:records?|documents?|files?|reports?)\b[^.;]{0,40}?\b(?:were|was|"
    r"have\s+been|has\s+been)\s+(?:located|found|identified)|\b(?:found|located|identified)\s+none\b|\bnone\s+(?:were|"
    r"was|have\s+been)\s+(?:located|found|identified)|"
    # ... or the search's subject finding none of the kind: "any root cause analysis would be a confidential
    # quality-assurance record under 38 U.S.C. § 5705 ...; it located no such analysis" (not "found no basis")
    r"\b(?:found|located|identified|uncovered)\s+no\s+(?:such\s+\w+|(?:responsive\s+)?(?:records?|documents?|files?|"
    r"reports?|analys[ie]s|memorand\w*|e-?mails?)\b)))", IC)
# Grounds named for records a new request would reach, what the office may withhold then, not what it applies now:
# "If you would like to submit a request for the incident reports, please send a new request to this office, and note
# that such reports may be redacted under R.C. 5120.21 and R.C. 149.433", "Should you wish to request the video, you
# may file a separate request; portions of it could be withheld under RCW 42.56.240(1)" (not a withholding made, "the
# reports have been redacted under ...; you may submit a new request for the remainder").
NEW_REQUEST_INVITED = re.compile(
    r"\b(?:submit|send|file|make|place|open|direct)\s+(?:a|an|your)\s+(?:new|separate|another|additional|fresh|future|"
    r"subsequent)\s+(?:[\w-]+\s+){0,3}?request\b|"
    r"\b(?:new|separate|future|subsequent)\s+(?:[\w-]+\s+){0,3}?request\s+(?:for|to\s+obtain|seeking)\b|"
    r"\b(?:if|should)\s+you\s+(?:would\s+like|wish|want|choose|decide|intend)\s+to\s+(?:submit\s+a\s+(?:[\w-]+\s+){0,3}?"
    r"request|(?:formally\s+)?request|obtain|seek)\b", IC)
# ... said as what may be withheld, never what was: "may be redacted under", "could be withheld", "may be exempt",
# "may be subject to redaction" (not "have been redacted", "are withheld", "is being withheld").
MAY_BE_WITHHELD = re.compile(
    r"^(?!.*\b(?:has|have|had|was|were|is|are)\s+(?:been\s+|being\s+)?(?:redacted|withheld|removed|denied|masked)\b)"
    r"(?=.*?\b(?:may|might|could|would|can)\s+(?:also\s+|still\s+|well\s+|likely\s+|possibly\s+)?be\s+"
    r"(?:(?:partially\s+|partly\s+)?(?:redacted|withheld|exempt|protected|confidential|excepted)\b|subject\s+to\s+"
    r"(?:[\w-]+\s+){0,2}?(?:redaction|redactions|withholding|exemptions?|exceptions?)\b))", IC)
ANOTHER_CHANNEL_FEE = (r"\b(?:may|can|could)\s+(?:also\s+|instead\s+|still\s+)?(?:be\s+)?"
                       r"(?:obtain|purchas|order|request|buy)\w*\b[^.;]{0,80}?\b(?:separately|directly\s+(?:from|through|with)|"
                       r"(?:his|her|their|your|its)\s+own\s+(?:[\w-]+\s+){0,3}?records?\b[^.;]{0,40}?\b(?:through|from|via)\b|"
                       r"through\s+(?:the\s+|its\s+|our\s+)?(?:[\w'\u2019-]+\s+){0,5}?process\b|"
                       r"(?:rather\s+than|instead\s+of|outside(?:\s+of)?)\s+(?:the\s+|this\s+|a\s+)?(?:FOIA|FOIPA|"
                       r"public\s+records?|open\s+records?|records?)\s+(?:request|process)\b)")
# The fee the sentence before names, said paid in a sentence of its own: "The charge for this request ... is $47.25." /
# "You paid this amount in advance on November 24, 2026, and no further charges are due."; "This amount was paid by
# your deposit of November 2."; "That fee has already been paid." (not "You paid this amount in part; $20.00 remains
# due", nor "This amount must be paid before the records are sent"); or its payment said received: "We acknowledge
# receipt of your payment of that amount on December 15, 2026, and no further charges are due.", "We received your
# payment of this fee on November 2.", "Your payment of that amount was received on May 4." (not "Your payment of this
# amount must be received before ...", nor "We received your payment of that amount in part; $10.00 remains due").
FEE_PAID_AFTER = re.compile(
    r"^\W*(?:you\s+(?:have\s+|had\s+)?(?:already\s+|previously\s+|fully\s+)?paid\s+(?:this|that|the)\s+(?:\w+\s+)?"
    r"(?:amount|fee|charge|sum|total|cost|balance)s?\b|"
    r"(?:we|the\s+\w+)\s+(?:(?:hereby\s+)?acknowledges?\s+(?:the\s+)?receipt\s+of|(?:have\s+|has\s+)?received|"
    r"(?:is|are)\s+in\s+receipt\s+of)\s+your\s+payment\s+(?:of|for)\s+(?:this|that|the\s+(?:above|full))\s+"
    r"(?:\w+\s+)?(?:amount|fee|charge|sum|total|cost|balance)s?\b|"
    r"your\s+payment\s+(?:of|for)\s+(?:this|that|the\s+(?:above|full))\s+(?:\w+\s+)?"
    r"(?:amount|fee|charge|sum|total|cost|balance)s?\s+(?:was|has\s+been)\s+received\b|"
    r"(?:this|that|the\s+(?:above|full))\s+(?:\w+\s+)?"
    r"(?:amount|fee|charge|sum|total|cost)s?\s+(?:was|were|(?:has|have)(?:\s+(?:already|fully|previously))?\s+been)"
    r"\s+(?:already\s+|fully\s+|previously\s+)?(?:paid|covered|satisfied)\b)"
    r"(?![^.;]*\b(?:in\s+part|partially|remains?\s+(?:due|owed|outstanding)|(?:is|are)\s+(?:still\s+|now\s+)?owed|"
    r"balance\s+(?:of|due)|(?<!no\s)(?<!no\sfurther\s)(?<!no\sadditional\s)charges?\s+(?:is|are)\s+due|is\s+(?:still\s+|now\s+)?due)\b)",
    IC)
# A fee met by a deposit or payment made before: "The fees for this installment were covered by your deposit of
# $60.00 received on November 18", "the cost ... was paid from your advance payment of $25.00" (not "the deposit covers
# part of the fee; a balance of $40.00 remains"); or taken out of it: "The cost of duplicating the recordings, $12.00,
# was included in the deposit you paid on November 3", "the charge was deducted from your deposit" (not "is not
# included in the deposit").
PAID_BY_DEPOSIT = (r"(?:\b(?:covered|paid|satisfied|met)\s+(?:in\s+full\s+)?(?:by|with|from|out\s+of)|"
                   r"(?<!not\s)\b(?:included\s+in|deducted\s+from|drawn\s+from|charged\s+against))\s+(?:your|the)\s+"
                   r"(?:[\w$.,]+\s+){0,2}?(?:deposit|advance\s+payment|prepayment)\b"
                   r"(?![^;]*\b(?:owed?|outstanding|remain\w*|balance|in\s+part|partially)\b)")
FEE_NOT_ESTIMATE = re.compile(r"received\s+your\s+payment|payment\s+(?:was\s+|has\s+been\s+)?received|thank\s+you\s+"
                               r"for\s+your\s+payment|"
                               # a fee already paid and applied: "The estimated fee of $48.00 that you paid has been
                               # applied to this request", "the $25.00 you paid has been credited" (not "the fee you
                               # must pay")
                               r"\$\s?[\d,]+(?:\.\d\d)?\s+(?:that\s+|which\s+)?you\s+(?:already\s+|previously\s+)?paid\b|"
                               r"\b(?:that|which)\s+you\s+(?:already\s+|previously\s+)?paid\s+(?:has|have)\s+been\s+"
                               r"(?:applied|credited)\b|"
                               # a fee the office charged and the requester paid, said in a clause after it: "the
                               # Department charged a fee of $45.00 for this request, which you paid on December 1",
                               # "a copying fee of $6.50, which you have already paid", "the $30.00 charge, which was
                               # paid by check" (not "which you must pay", nor "which you paid in part; $20.00 remains
                               # due")
                               r"\$\s?[\d,]+(?:\.\d\d)?[^.;$]{0,60}?,\s+(?:which|that)\s+(?:you\s+(?:have\s+|had\s+)?|"
                               r"(?:was|has\s+been|have\s+been)\s+)(?:already\s+|previously\s+|fully\s+)?paid\b"
                               r"(?![^.;]*\b(?:due|owed?|outstanding|remain\w*|balance|in\s+part|partially)\b)|"
                               # a payment said received with its amount between: "Your payment of $4.20 for the
                               # above public records request has been received" (not "payment ... must be received",
                               # "has not been received")
                               r"\bpayment\s+of\s+\$\s?[\d,]+(?:\.\d\d)?[^.;]{0,80}?\b(?:was|has\s+been|have\s+been)\s+(?!not\b)(?:\w+\s+)?"
                               r"received\b|\bin\s+receipt\s+of\s+your\s+(?:\w+\s+)?payment\b|fees?\s+(?:are|were|have\s+been|is)\s+waived|"
                               # (what is not waived is owed: "The non-waived portion comprises 1,480 pages ...; your
                               # fee is estimated at $207.00", "the unwaived fees come to $96.00")
                               r"no\s+(?:fees?|charges?)\s+(?:will|are|is)|(?<!non-)(?<!non)(?<!un)waiv|"
                               # a fee already paid: "The balance of the fee for this request, $18.40, was paid with
                               # your deposit", "the $25.00 fee has already been paid" (not "must be paid", nor "the
                               # deposit was paid and the balance of $150.00 remains due")
                               r"\b(?:was|were|has|have)\s+(?:already\s+|fully\s+|previously\s+|since\s+)?(?:been\s+)?"
                               r"(?:already\s+|fully\s+|previously\s+)?paid\b(?![^.;]*\b(?:due|owed?|outstanding|remain\w*|balance)\b)|"
                               # ... or met by a deposit or payment made before: "The fees for this installment
                               # were covered by your deposit of $60.00 received on November 18", "the cost ... was
                               # paid from your advance payment of $25.00" (not "the deposit covers part of the fee;
                               # a balance of $40.00 remains")
                               + PAID_BY_DEPOSIT + "|"
                               # ... and the work done once it was: "Upon receipt of your payment of $11.50, the City
                               # has compiled the responsive records" (not "Upon receipt of your payment, we will ...")
                               # money going back to the requester: "The balance of the special service charge
                               # deposit, $12.40, will be refunded to you", "A refund of $8.00 has been issued" (not a
                               # condition: "If the actual cost is less than the deposit, the difference will be
                               # refunded")
                               r"^(?![^.;]*\b(?:if|unless|should|when|whether)\b)(?:[^.;]|\.(?=\d))*(?:\bwill\s+be|\b(?:is|are|was|"
                               r"were|has\s+been|have\s+been))\s+(?:being\s+)?(?:refunded|returned\s+to\s+you|"
                               r"credited\s+(?:back\s+)?to\s+you)\b|"
                               r"^(?![^.;]*\b(?:if|unless|should|when|whether)\b)(?:[^.;]|\.(?=\d))*\brefund\s+of\s+\$\s?[\d,]+"
                               r"(?:\.\d\d)?\s+(?:will\s+be|has\s+been|is\s+being|was)\s+(?:issued|sent|mailed|processed)\b|"
                               r"\b(?:upon|on|after|following)\s+(?:the\s+)?receipt\s+of\s+your\s+(?:\w+\s+)?payment\b"
                               r"(?:[^.;]|\.(?=\d)){0,60}?,\s+(?:[\w'\u2019-]+\s+){1,4}?(?:has|have|had)\s+(?!not\b)\w+ed\b|"
                               # the fee of another channel the requester or the subject may use instead of this
                               # request: "your client may obtain his own record through the Record Review process by
                               # submitting fingerprints and the $25 fee", "may be purchased separately through ... for
                               # $24.00", "may order a certified copy directly from the Vital Records Office for $15.00"
                               # (not this request's own: "You may obtain the records upon payment of $12.00")
                               + ANOTHER_CHANNEL_FEE + "|"
                               + COURT_AWARD, IC)
AMOUNT_BEFORE_EXCLUDED = re.compile(r"(?:up\s+to|exceed(?:s|ed|ing)?|less\s+than|under|over|above|more\s+than|"
                                     r"greater\s+than|in\s+excess\s+of|threshold|first|rate\s*\(?|"
                                     r"minimum\s+of|at\s+least|willing\s+to\s+pay|agree\w*\s+to\s+pay|below|beneath|"
                                     r"lower\s+than|"
                                     # the requester's own limit: "Fee limit: $100.00", "a cost cap of $50", "Maximum
                                     # fee: $75"
                                     r"\b(?:fee|cost|payment|spending|price)\s+(?:limit|cap|ceiling)\s*(?::|\bof)?|"
                                     r"\bmax(?:imum)?\s+(?:fee|cost|amount|charge)s?(?:\s+(?:authorized|approved|"
                                     r"allowed))?\s*(?::|\bof)?)"
                                     # "below the $14 minimum", "under our $25 threshold"
                                     r"(?:\s+(?:the|our|its|this|that|a|an|[\w.]+'s))?[\s(]*$", IC)
AMOUNT_AFTER_EXCLUDED = re.compile(r"^\s*(?:per\b|/|a\s+page|an\s+hour|each\b|for\s+each|hourly|a\s+quarter|"
                                    r",\s*\$|\s*or\s+(?:less|under|below)|(?:\w+\s+)?(?:minimum|threshold)\b|"
                                    # a threshold from above: "if the cost of locating the records is $50.00 or more"
                                    r"\s*or\s+(?:more|greater|higher|above|over)\b)", IC)
# A fee threshold under which nothing is charged is not an estimate: "because the cost is below the $14 minimum,
# there is no charge", "the fee is less than the minimum ... no fee will be charged". Both a threshold and a
# no-charge cue are needed: "after the two hours of search provided at no charge, the search fee comes to $160.00"
# is an estimate.
FEE_THRESHOLD = re.compile(r"\bminimum|threshold|de\s+minimis|\$\s?[\d,.]+\s+or\s+(?:less|under)|"
                           # a comparison with an amount: "below $25", "do not exceed $14" (not "under the FOIA")
                           r"(?:\bbelow|\bbeneath|\blower\s+than|\bless\s+than|\bunder|\bnot\s+exceed)\s+"
                           r"(?:the\s+|our\s+|its\s+|[\w.]+'s\s+)?\$", IC)
NO_CHARGE = re.compile(r"\bno\s+(?:\w+\s+)?(?:charges?|fees?|costs?)\b|\bnot\s+(?:be\s+)?(?:charged|billed|assessed|"
                       r"invoiced)|\b(?:will|shall|do|does|did|would)\s+not\s+(?:\w+\s+)?(?:charge|bill|assess|"
                       r"invoice)\b|free\s+of\s+charge|without\s+(?:charge|cost)|\bowe\s+nothing|"
                       r"nothing\s+(?:is\s+|will\s+be\s+)?(?:owed|charged)|\bwaiv", IC)
# Fees let go only because they fall under the office's billing minimum decide no fee waiver (no waiver was asked
# or judged): "Fees associated with the processing of your request are waived because they fall below the $25.00
# minimum threshold for billing", "fees under $25 are waived". Not when the requester's waiver is ruled on in it:
# "Your request for a fee waiver is granted, and in any event fees below $25 are not charged".
WAIVED_UNDER_THRESHOLD = re.compile(rf"^(?=.*(?:{FEE_THRESHOLD.pattern}))(?=.*(?:{NO_CHARGE.pattern}))"
                                    r"(?!.*\b(?:fee[\s-]+waiver|waiver\s+(?:request|of)|request(?:ed)?\s+(?:for\s+)?"
                                    r"(?:a\s+)?waiver)\b)", IC)
# A billing note, the whole sentence saying only that the fees are waived: "Fees for this request have been waived.",
# "Fees for processing this request are waived.", "All fees associated with this release have been waived." In a
# letter that sends records and names no waiver asked for, it tells what is owed (nothing), not a ruling on a fee
# waiver; never when the sentence says more ("because you meet the criteria", "your request for a fee waiver").
FEES_WAIVED_NOTE = re.compile(r"^\s*(?:all\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?)"
                              r"(?:\s+(?:for|on|associated\s+with|in\s+connection\s+with|related\s+to)\s+"
                              r"(?:[\w-]+\s+){1,4}?)?\s*(?:are|is|were|was|(?:have|has)\s+been)\s+(?:also\s+)?waived"
                              r"\s*[.!]?\s*$", IC)
# The charges a state law speaks of are fees too: "your request for a waiver of charges is denied" (Texas), "a
# waiver or reduction of the costs", "we will not waive the copying charges".
# "all fees for this request are waived", "the charges associated with your public records request have been waived"
FEES_FOR_REQUEST_WAIVED = (r"\b(?:fees?|charges?|costs?)\s+(?:for|on|associated\s+with|in\s+connection\s+with)\s+"
                           r"(?:this|your|the)\s+(?:[\w-]+\s+){0,3}?request\s+(?:are|is|will\s+be|(?:have|has)\s+been)\s+"
                           r"(?:hereby\s+|therefore\s+|also\s+)?waived")
# The fee waiver's test found met and no fees charged, in one sentence (not under a condition, nor the test found unmet:
# "is not in the public interest").
# ... or a state's own test, the office satisfied of it: Utah's "The Department is satisfied that releasing these
# records primarily benefits the public, and it will not charge you for compiling or copying them" (GRAMA's
# 63G-2-203(4)), "we find that disclosure benefits the public, so we will not charge you".
PUBLIC_INTEREST_NO_FEES = (r"^(?![^.;]*\b(?:if|unless|whether|only)\b)[^.;]*\b(?:find|found|determined|concluded|"
                           r"conclude|determine|(?:is|are|am)\s+satisfied)\s+(?:that\s+)?(?:the\s+)?"
                           r"(?:disclosure|release|releasing|disclosing)\b[^.;]{0,60}?\b(?:(?:is|would\s+be)"
                           r"\s+in\s+the\s+public\s+interest|(?:primarily\s+|chiefly\s+|mainly\s+)?(?:benefits?|serves?)\s+the\s+"
                           r"public)\b[^.;]{0,120}?\b(?:without\s+(?:charging|billing|assessing)\s+"
                           r"(?:you\s+)?(?:any\s+)?(?:fees|charges)|no\s+(?:fees|charges)\s+will\s+be\s+(?:charged|assessed|"
                           r"billed)|free\s+of\s+charge|at\s+no\s+(?:cost|charge)|(?:will|shall)\s+not\s+(?:charge|bill)\s+you)|"
                           # ... or the District's test, furnishing the records "primarily benefiting the general
                           # public", and the records furnished without charge (D.C. Official Code § 2-532(b))
                           r"^(?![^.;]*\b(?:if|unless|whether|only)\b)(?![^.;]*\bnot\s+(?:\w+\s+)?(?:considered|"
                           r"primarily)\b)[^.;]*\bprimarily\s+benefit(?:ing|s)?\s+the\s+(?:general\s+)?public\b[^.;]{0,160}?"
                           r"\b(?:without\s+(?:any\s+)?charge|free\s+of\s+charge|at\s+no\s+(?:cost|charge)|no\s+(?:fees|"
                           r"charges)\s+will\s+be\s+(?:charged|assessed|billed))")
# A fee cut by a share in answer to a request that it be waived, a waiver granted in part: "DEQ is therefore reducing
# the fee by 50 percent rather than waiving it", "the County will reduce the copying charges by half", "your fees
# have been reduced by 25%" (the fee itself cut, not a count of pages or hours).
FEE_REDUCED = (r"\breduc(?:e|es|ed|ing)\s+(?:the\s+|your\s+|all\s+|its\s+|these\s+)?(?:[\w-]+\s+){0,2}?(?:fees?|"
               r"charges?|costs?)\s+by\s+(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|(?:one[\s-])?half\b|"
               r"(?:[a-z]+[\s-])?(?:percent|per\s+cent)\b|(?:one|two|three)[\s-](?:third|quarter)s?\b)|"
               r"\b(?:fees?|charges?|costs?)\s+(?:is|are|will\s+be|has\s+been|have\s+been|was|were)\s+"
               r"(?:therefore\s+|hereby\s+|accordingly\s+)?reduced\s+by\s+(?:\d|half\b|one|[a-z]+\s+percent)")
WAIVER = re.compile(r"fee[\s-]+waiver|" + FEE_REDUCED + r"|"
                    # ... also of fees named: "a waiver of search and duplication fees"
                    r"waiver\s+(?:or\s+reduction\s+)?of\s+(?:\w+\s+){0,3}(?:fees|charges|costs)|"
                    # ... and the one fee: "declines to waive the fee", "will not waive the copying charge"
                    r"waiv(?:e|es|ing)\s+(?:\w+\s+){0,2}(?:fees?|charges?|costs?)\b|"
                    # ... and the fees named in a list: "waive the search, retrieval and redaction fees"
                    r"waiv(?:e|es|ing)\s+(?:the\s+|all\s+)?(?:[\w-]+,\s+){1,4}(?:[\w-]+\s+)?(?:and|or)\s+[\w-]+\s+"
                    r"(?:fees|charges|costs)\b|"
                    rf"(?:fees?|charges?|costs?)\s+(?:\w+\s+)?waived|{FEES_FOR_REQUEST_WAIVED}|"
                    # ... asked for in either form: "You asked that fees be reduced or waived"
                    r"(?:fees?|charges?|costs?)\s+(?:be\s+)?(?:reduced|lowered)\s+or\s+waived|"
                    # a waiver granted as what it is: "We find that disclosure is in the public interest, and the Postal
                    # Service will process your request without charging you any fees"
                    rf"(?:{PUBLIC_INTEREST_NO_FEES})|"
                    # "will not set aside the charges for your request" (not "set aside the criminal charges")
                    r"\bset\s+aside\s+(?:the\s+|all\s+|any\s+)?(?:fees|charges|costs)\b(?!\s+against)", IC)
# ... and what is done with an expedited request: "moved ahead of other pending requests"; a request moved ahead of
# the others is what expedition is: "we cannot move your request ahead of those that came in before it", "place your
# request at the front of the queue".
AHEAD_OF_OTHERS = (r"\b(?:move|moving|place|placing|put|putting|advance|advancing)\s+(?:your|the|this)\s+"
                   r"(?:[\w-]+\s+){0,2}?request\s+(?:ahead\s+of|(?:to|at)\s+the\s+(?:front|head|top)\s+of)")
# ... or moved, placed or processed "ahead of others in our queue", "ahead of the others" (the request moved; not
# "records ahead of others" nor a queue's count "ahead of yours").
MOVED_AHEAD = (r"\b(?:moved|placed|put|advanced|processed|handled|taken\s+up)\s+(?:\w+\s+)?ahead\s+of\s+"
               r"(?:all\s+)?(?:the\s+)?others\b|\b(?:moved|placed|put|advanced)\s+(?:up\s+)?(?:to|at)\s+the\s+"
               r"(?:front|head|top)\s+of\s+(?:the|our|its)\s+(?:\w+\s+)?(?:queue|line|list)\b")
# ... or goes there by itself: "Your request will go to the front of the queue", "it jumps to the head of the line"
# (not a question of whether it could: "Could your request go to the front of the queue?" is a condition's).
GOES_TO_FRONT = (r"\b(?:go|goes|went|gone|jump|jumps|jumped|skip|skips|skipped|move|moves)\s+(?:up\s+)?(?:to|at)\s+"
                 r"the\s+(?:front|head|top)\s+of\s+(?:the|our|its)\s+(?:\w+\s+)?(?:queue|line|list)\b")
EXPEDITE = re.compile(r"expedit|\bahead\s+of\s+(?:all\s+)?(?:other|the\s+other)\s+(?:\w+\s+)?requests\b|"
                      + AHEAD_OF_OTHERS + "|" + MOVED_AHEAD + "|" + GOES_TO_FRONT, IC)
# A decision for one part of what was asked and not another: "approved as to the search time, but not as to the
# copies", "granted with respect to the reports but denied as to the videos".
PART_NAMED = r"(?:as\s+to|with\s+respect\s+to|in\s+respect\s+of|insofar\s+as|for)\b"
BUT_NOT_THE_REST = (r"but\s+(?:not|(?:is\s+|was\s+)?denied|(?:is\s+|was\s+)?not\s+(?:granted|approved))\s+"
                    + PART_NAMED)
_MEETS_STANDARD = (r"^(?!.*\b(?:not|failed\s+to|unable\s+to)\s+(?:\w+\s+)?(?:shown|show|demonstrated|demonstrate|"
                   r"established|establish)\b).*?(?<!whether\s)(?<!if\s)(?<!unless\s)(?<!whether\syour\s)(?<!if\syour\s)"
                   r"(?<!unless\syour\s)"
                   r"\b(?:request|you|it)\s+(?:(?:therefore|thus|clearly|also|now)\s+)?(?:meets|satisfies|"
                   r"has\s+(?:met|satisfied)|qualifies\s+(?:for|under)|"
                   # ... said to the requester: "You meet each of the criteria", "you have satisfied the requirements"
                   r"(?<=\byou\s)(?:(?:therefore|thus|clearly|also|now)\s+)?(?:meet|satisfy|have\s+(?:met|satisfied)|"
                   r"qualify\s+under))\s+(?:(?:all|each|both)\s+(?:of\s+)?)?"
                   r"(?:the\s+)?(?:\w+\s+){0,2}?(?:criteria|criterion|standards?|requirements?)\b"
                   r"(?![^.;]*\b(?:if|only|unless)\b)")
# "is granted", "has been granted", and with a word of consequence inside: "has therefore been granted", "has
# accordingly been denied".
_THEREFORE = r"(?:hereby|therefore|thus|also|accordingly|consequently)\s+"
_DECIDED = (rf"\b(?:is|are|was|were|(?:has|have)\s+(?:{_THEREFORE})?been|(?:should|must|shall)\s+(?:therefore\s+)?be)"
            rf"\s+(?:{_THEREFORE})?")
# A decision given by its label in a portal's field list: "Fee Waiver Decision: Denied", "Expedited Processing Status |
# Granted" (the label names a decision or status; not "Fee Waiver Requested: Yes").
_DECISION_LABEL = r"^\W*(?:[\w-]+\s+){1,3}(?:decision|determination|status|disposition)\s*[:|]\s*"
# The verb that grants, bare: "we grant your request" (not the noun of a program's title or of the money sought:
# "applications submitted under the Edward Byrne Memorial Justice Assistance Grant competitive solicitations", "the
# grant applications", "a federal grant").
# (nor one only possible, and often someone else's: "the immigration court may grant a continuance", "a judge could
# approve the motion")
_GRANT_VERB = (r"(?<!\ba\s)(?<!\bthe\s)(?<!\bfederal\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bwould\s)"
               r"\b(?:grant|granting|approve|approving)\b(?<!\w\s(?-i:Grant))"
               r"(?!\s+(?:applications?|applicants?|programs?|funds?|funding|awards?|agreements?|solicitations?|"
               r"competitions?|recipients?|proposals?|budgets?)\b)")
DECISION_WORDS = (
    (re.compile(_DECISION_LABEL + r"(?:partially\s+granted|(?:granted|approved)\s+(?:only\s+)?in\s+part|"
                r"partial\s+grant|partially\s+approved)\b", IC), Outcome.PARTIAL_GRANT),
    (re.compile(_DECISION_LABEL + r"(?:denied|not\s+granted|not\s+approved|declined|rejected|disapproved)\b", IC),
     Outcome.DENIED),
    (re.compile(_DECISION_LABEL + r"(?:granted|approved)\b(?!\s+(?:only\s+)?in\s+part)", IC), Outcome.FULL_GRANT),
    (re.compile(r"\bmoot\b|not\s+necessary|unnecessary|need\s+not\s+(?:be\s+)?(?:decide|address)", IC), Outcome.OTHER),
    (re.compile(rf"{_DECIDED}(?:partially\s+|partly\s+)"
                r"(?:granted|approved)|(?:granted|approved)\s+(?:only\s+)?in\s+part|"
                # "We are therefore granting your fee waiver request in part", "we grant your request for a fee waiver
                # in part" (the agency's own verb, the part after the thing granted), also after the fees the waiver
                # is of: "We have determined to grant your request for a waiver of fees in part", "we are granting
                # your request for a waiver of search and duplication fees in part"
                r"\b(?:grant|grants|granting|approve|approves|approving)\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,4}?"
                r"(?:request|waiver)(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:fees|charges|costs))?\s+(?:only\s+)?"
                r"(?:in\s+part|partly|partially)\b|"
                # the fee cut by a share rather than waived (not under a condition, nor refused: "we will not reduce")
                r"^(?![^.;]*\b(?:if|unless|whether|should|could|would|cannot|can\s+not)\b)(?![^.;]*\bnot\s+"
                r"(?:\w+\s+)?reduc)[^.;]*?" + FEE_REDUCED + "|"
                # ... or further on: "DEA grants your request for a waiver of fees in part"
                r"\b(?:grants|approves)\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?(?:request|waiver|application)\b"
                r"[^.;:]{0,40}?\bin\s+part\b|"
                # "your fee waiver request is approved as to the search time, but not as to the cost of copying"
                rf"{_DECIDED}(?:granted|approved)\s+(?:only\s+)?{PART_NAMED}[^;]*?,?\s+{BUT_NOT_THE_REST}|"
                # "we have determined that a partial fee waiver is in the public interest"
                r"\bpartial\s+(?:fee\s+)?waiver\s+(?:\w+\s+){0,2}?(?:is|was|will\s+be|would\s+be)\s+(?:granted|approved|"
                r"appropriate|warranted|justified|in\s+the\s+public\s+interest)|"
                # "Your request qualifies for a fee waiver in part", "you are eligible for a partial fee waiver" (you,
                # not whoever: "Requesters who qualify for a partial fee waiver must ...")
                r"(?<!if\s)\b(?:you|your\s+(?:\w+\s+)?(?:request|organization))\s+(?:qualify|qualifies|(?:are|is)\s+"
                r"(?:eligible|entitled))\s+(?:for|to)\s+(?:a\s+|the\s+)?(?:partial\s+(?:fee\s+)?waiver\b|"
                r"(?:fee\s+)?waiver\s+(?:in|of)\s+part\b)", IC), Outcome.PARTIAL_GRANT),
    (re.compile(rf"{_DECIDED}(?:denied|not\s+granted|"
                # ... or refused, rejected, disallowed: "Your expedite request is hereby refused"
                r"not\s+approved|refused|rejected|disallowed)(?!\s+in\s+part)|\b(?:has|have)\s+not\s+been\s+(?:granted|approved)|"
                # "We are therefore unable to expedite your request", "the Service cannot waive the fees" (not "if we
                # are unable to expedite", nor "cannot expedite it unless you certify ...": a condition)
                # ... the agency by its initials or as a board or commission: "EPA is therefore unable to waive the
                # fees", "The Commission is unable to waive them"
                r"(?<!if\s)\b(?:we|i|it|they|(?:office|agency|department|component|service|bureau|division|"
                r"administration|branch|commission|board|authority|unit|center|staff)(?:'s)?|(?-i:[A-Z]{2,6}))\s+(?:are\s+|am\s+|is\s+)?"
                r"(?:therefore\s+|thus\s+|accordingly\s+)?"
                r"(?:unable\s+to|not\s+able\s+to|cannot|can\s+not|will\s+not)\s+(?:expedite|waive|"
                # "we cannot move your request ahead of those that came in before it"
                r"(?:move|place|put|advance)\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,2}?request\s+(?:ahead|to\s+the|at\s+the|"
                # ... "CMS cannot place your request in the expedited queue"
                r"in(?:to)?\s+(?:the|its|our|an)\s+expedit\w*))\b"
                r"(?![^.;]*\b(?:unless|until|if)\b)|"
                # a decision not to act: "We have therefore decided not to expedite the processing of your request",
                # "the Division has determined not to waive the fees" (not "if we decide not to ...")
                r"(?<!if\s)(?<!you\s)\b(?:decided|determined|elected|chosen|concluded)\s+(?:\w+\s+)?not\s+to\s+"
                r"(?:expedite|waive|grant|approve)\b(?![^.;]*\b(?:unless|until|if)\b)|"
                # "we decline to waive the fees", "the County will not waive the charges"
                # ... but "We will waive all fees" grants it
                r"\bdeclin(?:e|es|ed|ing)\s+to\s+(?:waive|grant|reduce|expedite)\b|\b(?:(?:will|shall|could|would)\s+not|cannot|"
                r"can\s+not)\s+(?:waive|set\s+aside)\b|"
                # "CBP therefore declines to move your request into the expedited track"
                r"\bdeclin(?:e|es|ed|ing)\s+to\s+(?:move|place|put|transfer)\s+(?:your|the|this)\s+(?:\w+\s+)?request\s+"
                r"(?:in|into|on|to)\s+(?:the|its|our|an?)\s+expedit\w*\s+(?:track|queue|processing)|"
                r"\b(?:deny|denying|must\s+deny)\b|\bdenial\s+of\s+your|"
                # ... in the perfect tense, as a grant is read: "EPA has therefore denied your fee waiver request",
                # "we have denied your request for expedited processing" (not a past letter's "had denied")
                rf"\b(?:has|have)\s+(?:{_THEREFORE})?denied\s+(?:your|the|this)\b|"
                # the case for it not made: "you have not presented a case that would warrant granting expedited
                # processing", "You have not provided information sufficient to justify a fee waiver", "the facts you
                # describe do not warrant expedited treatment"
                r"\b(?:has|have)\s+not\s+(?:presented|provided|made|offered|submitted|given|set\s+out|described)\s+"
                r"(?:[\w-]+\s+){0,5}?(?:that\s+|which\s+)?(?:would\s+|to\s+|could\s+)?(?:warrant|justify|support)\b|"
                # ... or no case that the requester qualifies: "you have not presented a convincing argument that you
                # are entitled to a fee waiver", "You have not offered evidence that your organization is eligible for
                # a waiver" (not "you have not paid, as you are entitled to a fee waiver")
                r"\b(?:has|have)\s+not\s+(?:presented|provided|made|offered|submitted|given|put\s+forward)\s+"
                r"(?:[\w-]+\s+){0,5}?that\s+(?:you|your\s+(?:\w+\s+)?(?:request|organization))\s+(?:qualify|qualifies|"
                r"(?:are|is)\s+(?:eligible|entitled))\b|"
                r"\b(?:do|does|did)\s+not\s+(?:warrant|justify)\s+(?:granting\b|expedit|a\s+(?:fee\s+)?waiver\b|waiv)|"
                r"(?:do|does|did)\s+not\s+(?:meet|qualify|"
                r"satisf)|\bnot\s+(?:met|satisfied|demonstrated|shown|established)|\b(?:unable\s+to|cannot|can\s+not|could\s+not|will\s+not|"
                r"(?:are|am|is)\s+not\s+able\s+to)\s+grant|"
                # the refusal said of the request: "your fee waiver request cannot be granted", "could not be approved";
                # not one under a condition still open ("cannot be granted unless you show ...")
                # ... or not afforded: "Expedited processing therefore cannot be afforded", "could not be accorded"
                r"\b(?:cannot|can\s+not|could\s+not|will\s+not|may\s+not)\s+(?:\w+\s+)?be\s+(?:granted|approved|"
                r"afforded|accorded|allowed)\b"
                r"(?![,\s]+(?:unless|until|without|if|before|absent)\b)|"
                # "a waiver is not in the public interest", "a fee waiver would not be appropriate"
                r"\bwaiver\s+(?:\w+\s+){0,3}?(?:is|would\s+be|was)\s+not\s+(?:appropriate|warranted|justified|in\s+the\s+"
                r"public\s+interest)|"
                # ... and expedition: "expedited processing of your request is not warranted", "Expedited treatment is
                # therefore not justified" (not "granted, because further delay is not warranted")
                r"\bexpedit\w*\s+(?:[\w-]+\s+){0,5}?(?:is|was|would\s+be)\s+"
                rf"(?:{_THEREFORE})?not\s+(?:warranted|justified|appropriate)\b",
                IC), Outcome.DENIED),
    # "Your fee waiver request is therefore approved, and no fees will be charged": the decision said outright comes
    # before what follows from it; "no fees will be charged" alone (nothing to waive) is no decision on a waiver.
    # ... or accepted: "Your request for expedition is accepted" (not "accepted for review", a request taken in)
    (re.compile(rf"{_DECIDED}(?:granted|approved|accepted(?!\s+for\b))\b(?!\s+in\s+part)(?![^.;]*\bnot\b)|"
                # the test found met and no fees charged: a waiver granted, before "no fees will be charged" alone
                rf"(?:{PUBLIC_INTEREST_NO_FEES})|"
                # the agency's own verb: "DEA therefore grants your request for a waiver of fees in full, and no fees
                # will be charged" (not "if DEA grants your request", nor "grants ... in part")
                r"^(?![^.;]*\b(?:if|unless|whether|should)\b)[^.;]*?\b(?:grants|approves)\s+(?:your|the|this)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:request|waiver|application)\b(?![^.;]*\bin\s+part\b)(?![^.;]*\bnot\b)|"
                # expedition granted as what is done with the request: "Your request will therefore be moved ahead of
                # other pending requests", "it has been placed in the expedited processing track" (not "if ...")
                # (not one said not to be: "a request is not moved ahead of others because an estimated completion
                # date has passed", a queue's rule)
                r"^(?![^.;]*\b(?:if|unless|whether|should)\b)[^.;]*?\b(?:will|has|have|is|was)\s+"
                r"(?:(?!not\b|never\b)\w+\s+){0,2}?"
                r"(?:moved|placed|put|processed|handled)\s+(?:ahead\s+of\s+(?:all\s+)?(?:other|the\s+other)\s+"
                r"(?:\w+\s+)?requests|ahead\s+of\s+(?:all\s+)?(?:the\s+)?others\b|"
                r"(?:to|at)\s+the\s+(?:front|head|top)\s+of\s+(?:the|our|its)\s+(?:\w+\s+)?(?:queue|line)\b|(?:in|into|on)\s+(?:the|its|our)\s+expedit\w*\s+(?:track|queue|processing))|"
                # ... or going there: "Your request will go to the front of the queue"
                r"^(?![^.;]*\b(?:if|unless|whether|should|could|would|cannot|can\s+not|not)\b)[^.;]*?\b(?:will|has|have|is|was|"
                r"shall)\s+(?:now\s+|therefore\s+|also\s+)?(?:been\s+)?" + GOES_TO_FRONT,
                IC), Outcome.FULL_GRANT),
    # "Because your request qualifies for a fee waiver, no fees will be charged": the waiver granted, said before what
    # follows from it (not "if your request qualifies", nor a waiver in part, read above)
    (re.compile(r"(?<!if\s)(?<!whether\s)(?<!unless\s)\b(?:you|your\s+(?:\w+\s+)?(?:request|organization))\s+"
                r"(?:qualify|qualifies|(?:are|is)\s+(?:eligible|entitled))\s+(?:for|to)\s+(?:a\s+|the\s+)?"
                r"(?:full\s+|complete\s+)?(?:fee\s+)?waiver\b(?!\s+(?:in|of)\s+part)", IC), Outcome.FULL_GRANT),
    (re.compile(r"no\s+(?:fees|charges)\s+(?:will|are|apply)", IC), Outcome.OTHER),
    (re.compile(rf"{_DECIDED}(?:granted|approved)|{_GRANT_VERB}|\bwill\s+(?:be\s+)?waive|\bfees?\s+(?:\w+\s+)?(?:are|is|will\s+be)\s+"
                rf"waived|{FEES_FOR_REQUEST_WAIVED}|"
                # "NIST has approved your request for a waiver of fees", "We are therefore waiving all fees"
                rf"\b(?:has|have)\s+(?:{_THEREFORE})?(?:granted|approved)\s+(?:your|the|this)\b|"
                rf"\b(?:are|is|am)\s+(?:{_THEREFORE})?waiving\b|"
                # "FNS has decided to waive all fees associated with processing your request"
                r"\b(?:decided|determined|agreed)\s+to\s+waive\s+(?:all\s+|the\s+)?(?:\w+\s+)?(?:fees|charges|costs)\b|"
                # ... the fees named in a list: "SLED has decided to waive the search, retrieval and redaction fees"
                r"\b(?:decided|determined|agreed)\s+to\s+waive\s+(?:all\s+|the\s+)?(?:[\w-]+,\s+){1,4}(?:[\w-]+\s+)?"
                r"(?:and|or)\s+[\w-]+\s+(?:fees|charges|costs)\b|"
                # "Your request therefore meets the criteria of 22 CFR 171.11(f)(2)": the standard found met (not "if
                # your request meets the criteria", "you must show that it satisfies the standard")
                rf"{_MEETS_STANDARD}|"
                # "we have determined that a waiver of all fees is in the public interest"
                r"(?:determined|decided|concluded|find|found)\s+(?:that\s+)?(?:a\s+|the\s+|your\s+)?(?:full\s+)?(?:fee\s+)?"
                r"waiver\s+(?:of\s+(?:all\s+)?(?:fees|charges|costs)\s+)?(?:is|would\s+be)\s+(?:appropriate|warranted|"
                r"justified|in\s+the\s+public\s+interest)|"
                # "the FTC concludes that you qualify for a waiver of all fees", "you are entitled to a fee waiver"
                # (you, not whoever: "Requesters who qualify for a fee waiver must show ...")
                r"\b(?:you|your\s+(?:\w+\s+)?(?:request|organization))\s+(?:qualify|qualifies|(?:are|is)\s+(?:eligible|"
                r"entitled))\s+(?:for|to)\s+(?:a\s+|the\s+)?(?:full\s+|complete\s+)?"
                r"(?:fee\s+)?waiver\b(?!\s+(?:in|of)\s+part)", IC), Outcome.FULL_GRANT),
)
# A sentence that decides without naming what it decides, after a sentence that named it: "You also asked us to waive
# all fees. We considered your request under the factors in 45 C.F.R. § 5.54. ... You meet each of the criteria, so
# you will not be charged for the processing of this request." Only a finding on the standard, met or not met, is
# read so; never one about the requester's fee category ("you meet the criteria of a representative of the news
# media") or the records.
STANDARD_FINDING = re.compile(r"\b(?:criteria|criterion|standards?|requirements?|factors|test)\b", IC)
# What a request for a fee waiver or for expedited processing must show, said as the rule: "A requester seeking a fee
# waiver bears the burden of demonstrating that both of these requirements are met, and must address each of the
# factors set out in the regulation with reasonable specificity", "a request for expedited processing must set out
# the facts supporting each criterion with reasonable specificity" (the waiver's standard, no question about the
# records sought: "Please describe the records with reasonable specificity" still is one).
WAIVER_SHOWING = re.compile(r"^(?=[^.;]*(?:\bfee[\s-]+waiver|\bwaiver\s+of\s+(?:\w+\s+){0,3}(?:fees|charges)|expedit))"
                            r"(?![^.;]*\b(?:records?|documents?|files?|information)\s+(?:that\s+)?(?:you\s+)?"
                            r"(?:seek|sought|want|requested|are\s+seeking)\b)"
                            r"[^.;]*\b(?:burden|criteria|criterion|factors?|requirements?|standards?)\b", IC)
# A verdict on the request the sentence before named, said of it alone: "You also asked for expedited processing. Your
# request is denied because you have not demonstrated a compelling need", "That request is granted" (the fee waiver's or
# expedited processing's, not the request for records); after a word that draws it from what came before: "Therefore,
# your request is denied", "Accordingly, it is granted".
VERDICT_ON_REQUEST_NAMED_BEFORE = re.compile(
    r"^\W*(?:(?:therefore|accordingly|thus|consequently|as\s+a\s+result|for\s+(?:this|that|these)\s+reasons?),?\s+)?"
    r"(?:(?:your|that|this|the)\s+request|it)\s+(?:is|was|has\s+been|must\s+be)\s+"
    r"(?:therefore\s+|hereby\s+|respectfully\s+)?(?:denied|granted)\b", IC)
NOT_A_STANDARD_FOR_THIS = re.compile(r"\b(?:news\s+media|media\s+requester|educational|non-?commercial\s+scientific|"
                                     r"commercial|categor(?:y|ies)|records?|documents?|pages|exempt\w*|withh\w*|"
                                     r"releas\w*|search\w*|appeal\w*)\b", IC)
ABEYANCE = re.compile(r"abeyance|will\s+(?:be\s+)?(?:decided|addressed|determined|considered)\s+later|"
                       r"\b(?:is|are)\s+(?:being|still\s+being|currently\s+being)\s+(?:considered|reviewed|evaluated)|"
                       r"\bunder\s+(?:consideration|review)|\bat\s+a\s+later\s+date|"
                       r"not\s+yet\s+(?:decided|determined)", IC)
# Records that cannot be told from the words of a request: "from this description alone", "based solely on the
# description you provided" (the description is at fault, not the search).
_FROM_DESCRIPTION = (r"(?:from|based\s+(?:solely\s+|only\s+|just\s+)?on)\s+(?:the|your|this|that)\s+(?:\w+\s+)?"
                     r"description\b")
# "The Department is unable to identify responsive records from this description alone", "we cannot locate the
# records based solely on the description you provided": an ask for a better one.
CANNOT_FROM_DESCRIPTION = (r"(?:unable\s+to|cannot|can\s+not|could\s+not|are\s+not\s+able\s+to)\s+(?:identify|locate|"
                           r"find|search\s+for)\s+(?:any\s+|the\s+)?(?:\w+\s+){0,2}(?:records|documents|information|"
                           r"data)\s+(?:\w+\s+){0,3}?" + _FROM_DESCRIPTION)
# "As written, we are unable to determine which records you are seeking"; "Could you tell us which divisions ...?"
UNCLEAR_SCOPE = (CANNOT_FROM_DESCRIPTION + r"|"
                 r"(?:unable\s+to|cannot|can\s+not|could\s+not)\s+(?:determine|tell|identify|understand)\s+"
                 r"(?:which|what|the)\s+(?:\w+\s+){0,2}(?:records|documents|information|reports|files|materials|e-?mails)\s+you\s+(?:are\s+)?"
                 r"(?:\w+ly\s+)?(?:seek|"
                 r"want|request|need|"
                 # "we are unable to identify the records you are asking for"
                 r"(?:are\s+|were\s+)?(?:asking\s+(?:for|about)|looking\s+for|seeking|requesting|referring\s+to))|"
                 # "please tell us which departments or employees you are interested in and the time period"
                 r"\bplease\s+(?:tell\s+us|let\s+us\s+know|indicate)\s+(?:which|what)\s+(?:\w+\s+){0,2}?(?:records|"
                 r"documents|departments?|divisions?|offices?|employees|custodians|individuals|accounts|time\s+(?:period|"
                 r"frame)|date\s+range|search\s+terms|keywords)\b|"
                 # ... asked as a question ("would you specify the institutes or offices you want searched?") or as
                 # what the office asks: "we ask that you narrow your request by naming the partnership"
                 r"\b(?:could|would|can|will)\s+you\s+(?:please\s+)?(?:tell|identify|specify|clarify|narrow|let\s+us\s+"
                 r"know)\b(?!\s+(?:us\s+)?(?:whether|if)\s+you\s+(?:agree|accept|consent|are\s+willing)\b)|"
                 r"\b(?:we|I)\s+(?:(?:therefore|must|would)\s+)?(?:ask|request)\s+that\s+you\s+(?:please\s+)?"
                 r"(?:narrow|clarify|specify|identify|refine|reformulate|limit)\b|"
                 # "we need to know which facility or facilities you mean by 'the restrictive housing units'", "we must
                 # know what records you are seeking" (what is sought; not "we need to know whether you will pay")
                 r"\b(?:need|must|have)\s+(?:to\s+)?know\s+(?:which|what|exactly\s+(?:which|what))\s+(?:[\w/-]+\s+){0,4}?"
                 r"you\s+(?:mean|want|intend|are\s+(?:seeking|requesting|asking\s+(?:for|about)|looking\s+for|referring\s+to))\b")
# "Please describe the records you seek in enough detail that ICE personnel can locate them", "please describe the
# reports more specifically"; "cannot conduct a search as the request is currently worded".
DESCRIBE_BETTER = (r"please\s+(?:re-?)?describe\s+(?:the\s+|which\s+)?(?:\w+\s+){0,2}?(?:records|documents|information|"
                   r"reports|files|materials|e-?mails)\s+(?:(?:that\s+)?you\s+(?:are\s+)?(?:seek|seeking|want|request|"
                   r"requested|need)\s+)?(?:in\s+(?:enough|more|greater|sufficient|additional|further)\s+detail|"
                   r"more\s+(?:specifically|precisely|clearly|narrowly))|"
                   # ... asked as what the office needs of the requester: "we need you to describe more precisely what
                   # you are looking for", "we ask you to describe in more detail the reports you want", "would you
                   # describe the e-mails more specifically?" (not the requester's own description: "you described
                   # the records in enough detail", nor what else is to be described: "describe your dissemination
                   # plans more fully")
                   r"(?:\b(?:need|ask|require|request|invite)\s+(?:that\s+)?you\s+(?:to\s+)?|\b(?:could|would|can)\s+"
                   r"you\s+(?:please\s+)?|\bplease\s+)(?:re-?)?describe\s+(?:(?:the|your|those|these|which)\s+(?:[\w'-]+\s+){0,2}?"
                   r"(?:records|documents|information|reports|files|materials|e-?mails|request|items|data)\s+)?(?:more\s+(?:specifically|"
                   r"precisely|clearly|narrowly|fully|particularly)|in\s+(?:enough|more|greater|sufficient|additional|"
                   r"further)\s+detail|with\s+(?:more|greater)\s+(?:detail|precision|particularity))|"
                   r"(?:cannot|can\s+not|unable\s+to)\s+(?:conduct\s+a\s+|perform\s+a\s+|begin\s+a\s+)?search\s+"
                   r"(?:\w+\s+){0,3}?as\s+(?:the|your)\s+request\s+is\s+(?:currently\s+|presently\s+)?"
                   r"(?:worded|written|phrased|framed)")
# More information needed from the requester before the search can be made: "Before we can search for these records we
# need more information from you", "We need further information from you before we can locate the file" (not about
# a fee, a waiver, expedited processing or a payment).
NEED_INFORMATION_FIRST = (
    r"\bbefore\s+(?:we|this\s+office|the\s+[\w-]+)\s+can\s+(?:search|look|locate|find|identify|process|begin|start|"
    r"proceed)\b(?![^.;]*\b(?:fees?|waiver|expedit\w*|payment|pay)\b)[^.;]{0,80}?\b(?:need|needs|require|requires)\s+"
    r"(?:\w+\s+){0,2}(?:additional|more|further)\s+information\b|"
    r"\b(?:need|require)\s+(?:\w+\s+){0,2}(?:additional|more|further)\s+information\s+from\s+you\s+(?:before|so\s+"
    r"that|in\s+order\s+that)\s+(?:we|this\s+office|the\s+[\w-]+)\s+(?:can|may|could)\s+(?:search|look|locate|find|"
    r"identify|process|begin|start|proceed)\b(?![^.;]*\b(?:fees?|waiver|expedit\w*|payment|pay)\b)")
# What the office needs the requester to tell it, to go on: "To move forward, we would need you to point us to a
# narrower set", "we need you to tell us which units you mean", "I will need you to identify the officers" (not a
# payment: "we need you to pay the deposit", "we would need you to send a check").
NEED_YOU_TO_NAME = (r"\b(?:we|I|this\s+office|the\s+(?:department|office|agency|unit|city|county))\s+"
                    r"(?:would\s+|will\s+|still\s+)?need(?:s)?\s+you\s+to\s+(?:please\s+)?(?:point\s+us|direct\s+us|tell\s+us|let\s+us\s+"
                    r"know|identify|specify|narrow|limit|name|clarify|describe|choose|select)\b"
                    r"(?![^.;]*\b(?:payment|pay|fees?|deposit|check|invoice|costs?)\b)")
# The proof of identity or the subject's consent that a request for records about a person lacks, asked for:
# "Your request did not include a verification of identity", "we have not received the subject's signed consent",
# "To verify your identity, please provide your full name ...", "Please submit a completed Certification of Identity
# (Form DOJ-361)" (an ask: the office cannot go on without it).
_PROOF_OF_IDENTITY = (r"(?:signed\s+|written\s+|notari[sz]ed\s+|completed\s+|sworn\s+)?(?:"
                      r"verification\s+of\s+(?:\w+\s+)?identity|certification\s+of\s+(?:\w+\s+)?identity|"
                      r"proof\s+of\s+(?:\w+\s+)?identity|identity\s+verification|"
                      r"(?:privacy\s+act\s+)?(?:consent|authori[sz]ation)(?:\s+(?:form|to\s+release))?|"
                      r"privacy\s+(?:waiver|release)|(?:form\s+)?(?:DOJ-361|DHS-0001|G-639)|"
                      # ... or, for records of a person who has died, the proof of death: "please provide a copy of his
                      # death certificate", "your request did not include proof of death"
                      r"proof\s+of\s+(?:(?:the\s+)?subject'?s?\s+|his\s+|her\s+|their\s+)?death|death\s+certificate|"
                      r"(?:certificate|evidence)\s+of\s+death)\b")
_WHOSE = (r"(?:a\s+|an\s+|the\s+|any\s+|your\s+|(?:the\s+)?subject'?s?\s+|his\s+|her\s+|their\s+|proper\s+|"
          r"sufficient\s+|valid\s+)*")
IDENTITY_ASKED = (r"\b(?:did|does)\s+not\s+(?:include|contain|enclose|provide|have|come\s+with)\s+" + _WHOSE
                  + _PROOF_OF_IDENTITY + r"|"
                  r"\b(?:have|has)\s+not\s+(?:yet\s+)?(?:received|been\s+provided\s+with)\s+" + _WHOSE
                  + _PROOF_OF_IDENTITY + r"|"
                  r"\bto\s+verify\s+(?:your|the\s+subject'?s?|his|her|their)\s+identity,?\s+(?:please|you\s+(?:must|"
                  r"will\s+need\s+to|should))\b|"
                  r"\b(?:please|kindly)\s+(?:provide|send|submit|complete|return|sign|forward|furnish)\s+(?:us\s+)?"
                  r"(?:with\s+)?(?:(?:a|an|the)\s+(?:certified\s+)?cop(?:y|ies)\s+of\s+)?"
                  r"(?:a\s+|an\s+|the\s+|your\s+|his\s+|her\s+|their\s+)?" + _PROOF_OF_IDENTITY)
# The same proof said only to be missing, the way a letter gives it as the reason it closes the request: "Because we
# have not received the subject's written consent to release her records to you, proof of her death, or a showing of
# an overriding public interest, CBP is unable to process your request, and it has been administratively closed",
# "Your request did not include a Certification of Identity. It has therefore been closed." (not the ask alone).
PROOF_NOT_GIVEN = re.compile(r"\b(?:did|does)\s+not\s+(?:include|contain|enclose|provide|have|come\s+with)\s+" + _WHOSE
                             + _PROOF_OF_IDENTITY + r"|\b(?:have|has|had)\s+not\s+(?:yet\s+)?"
                             r"(?:received|been\s+provided\s+with)\s+" + _WHOSE + _PROOF_OF_IDENTITY, IC)
CLARIFY_ASK = re.compile(
    rf"{NEED_INFORMATION_FIRST}|{NEED_YOU_TO_NAME}|{IDENTITY_ASKED}|"
    r"(?:need|require)\s+(?:\w+\s+){0,2}(?:additional|more|further)\s+information\s+(?:\w+\s+){0,3}(?:to\s+"
    r"(?:process|search|locate|respond)|about\s+your\s+request)|please\s+(?:identify|specify)\s+(?:the|which|what|a)\b|"
    r"please\s+clarify|clarif\w*\s+(?:your|the\s+scope|what|which|whether)|request\s+(?:for\s+)?clarification|"
    rf"{UNCLEAR_SCOPE}|"
    r"(?:need|require|requesting|seek|seeking|ask)\w*\s+(?:\w+\s+){0,4}clarif|too\s+broad|overly\s+broad|"
    r"(?:not|does\s+not|insufficiently|fails\s+to)\s+reasonably\s+describ|not\s+sufficiently\s+specific|"
    r"lacks?\s+(?:sufficient\s+)?specificity|still\s+(?:interested|wish|want|seeking|seek)|unduly\s+burdensome|"
    # ... the records still needed, or the request to be kept open: "whether they still need the records", "let us
    # know that this request should stay open" (not the office's "we still need more time")
    r"\b(?:you|they|requesters?)\s+still\s+(?:need|require)\b|\b(?:request|case|file)\s+(?:should|to|can|may)\s+"
    r"(?:stay|remain|be\s+kept)\s+open\b|"
    # ... or help asked to narrow it: "Could you help us pin it down?", "would you help us narrow the request?"
    r"\b(?:could|would|can|will)\s+you\s+(?:please\s+)?help\s+us\s+(?:to\s+)?(?:narrow|pin|define|focus|refine|"
    r"understand|identify|clarify|scope|limit)\b|"
    # ... or asked which of several things was meant: "Which of these did you mean, or would you like the files for
    # all three?", "Which facility do you have in mind?", "which one do you mean?"
    r"\bwhich\s+(?:(?:one|ones)\s+|of\s+(?:these|those|them|the\s+[\w-]+)\s+|[\w-]+\s+){0,2}?(?:did|do)\s+you\s+"
    r"(?:mean|intend|have\s+in\s+mind|want)\b|"
    # ... and the search put off until the requester answers: "We'll hold off on searching until we hear back from you"
    # (not a release or work held off until a payment)
    r"\bhold\s+off\s+(?:on\s+)?(?:searching|processing|the\s+search|(?:any\s+|the\s+|our\s+)?(?:\w+\s+)?work(?:ing)?)\b"
    r"[^.;]{0,40}?\buntil\s+we\s+(?:hear|receive|get)\b"
    r"(?![^.;]*\b(?:payment|deposit|fees?|check|pay|paid|cost|costs|invoice)\b)|"
    # "not specific enough for the City to locate the records. Please describe the records with more particularity"
    r"not\s+(?:\w+\s+)?specific\s+enough|with\s+(?:more|greater|sufficient|reasonable)\s+(?:particularity|specificity)|"
    r"please\s+narrow|narrow\s+(?:\w+\s+){0,3}to\s+manageable|"
    # California's duty to help form a request (Gov. Code § 7922.600): "we are reaching out to help you turn this into a
    # focused request", "to assist you in making a focused and effective request", and what would help: "It would help
    # us to know, for example, whether you are looking for ...", and what the wording fails to do: "the request does not
    # describe records the Department can find"
    r"\b(?:help|assist)\s+(?:you\s+)?(?:to\s+|in\s+)?(?:turn|turning|make|making|form|forming|formulate|formulating|focus|"
    r"focusing|narrow|narrowing|refine|refining|shape|shaping)\s+(?:\w+\s+){0,4}?(?:focused|narrower|specific|effective)"
    r"\s+(?:and\s+effective\s+)?request\b|\bfocused\s+and\s+effective\s+request\b|"
    r"\b(?:would|will|might)\s+help\s+(?:us\s+)?(?:to\s+)?know,?\s+(?:[\w,]+\s+){0,3}?(?:whether|which|what)\b|"
    r"\bdoes\s+not\s+describe\s+(?:\w+\s+){0,3}?records?\s+(?:that\s+)?(?:the\s+\w+|we|this\s+office)\s+(?:can|could)\s+"
    r"(?:find|locate|identify|search\s+for)\b|"
    rf"{DESCRIBE_BETTER}|"
    # What the search needs from the requester: "To search for the record you want, we need the following:", "In order
    # to locate the file, we require the subject's date of birth" (not time, a payment or the fees: "To process your
    # request, we need additional time")
    # ... or to go on at all: "Before we can move forward I need the following from you:", "Before we can proceed, we
    # require the subject's written consent"
    r"^\W*(?:to|in\s+order\s+to|before\s+(?:we|I)\s+can)\s+(?:search|locate|find|identify|look|move\s+forward|"
    r"go\s+forward|proceed|go\s+on|begin|start)\b[^.;]{0,100}?,?\s+"
    r"(?:we|I|this\s+office|the\s+\w+)\s+(?:will\s+)?(?:need|needs|require|requires|must\s+have)\b"
    r"(?!\s+(?:\w+\s+){0,3}?(?:time|days|payment|fees?|deposit|advance|an?\s+extension)\b)|"
    # The request to be rewritten so that it names what is sought: "kindly amend your request to name the sender or
    # recipient", "please revise or resubmit your request by identifying the employees" (asked, not allowed: "you may
    # amend your request at any time")
    r"\b(?:please|kindly)\s+(?:\w+\s+)?(?:amend|revise|resubmit|modify|rewrite|reword|rephrase|reformulate|refine)\s+"
    r"(?:or\s+\w+\s+)?(?:your|the|this)\s+request\s+(?:\w+\s+){0,3}?(?:to|so\s+(?:that|as\s+to)|by)\s+(?:\w+\s+)?"
    r"(?:nam|identif|specif|includ|narrow|limit|describ|list|indicat)\w*|"
    # "Please provide a specific time frame for the reports you are seeking"
    r"please\s+(?:provide|give|send|tell\s+us)\s+(?:us\s+)?(?:with\s+)?(?:a|the)\s+(?:more\s+)?(?:specific\s+|narrower\s+)?"
    r"(?:date\s+range|time\s*frame|time\s+period|period\s+of\s+time)\b|"
    r"(?:wish|want|like)\s+(?:for\s+)?(?:us\s+)?to\s+continue\s+(?:processing|with)|whether\s+you\s+(?:are\s+)?"
    r"(?:still|continue)|"
    # "Your request is on hold until we receive your reply", "... pending your response" (not the payment a fee letter
    # waits on: "on hold until we receive your payment")
    r"\bon\s+hold\s+(?:until|pending)\s+(?:we\s+(?:receive|hear)|(?:receipt\s+of\s+)?your|the\s+requested)\b"
    r"(?![^.;]*\b(?:payment|deposit|fees?|check|pay|paid|cost|costs|invoice)\b)|"
    # ... the wait named first: "Until this authorization is in hand, your request is on hold", "Until we receive the
    # consent form, the request will remain suspended" (not a payment waited on)
    r"\buntil\s+(?!(?:[^.;,]*\b(?:payment|deposit|fees?|check|pay|paid|cost|costs|invoice)\b))[^.;,]{3,80},\s+(?:your|the|this)\s+"
    r"(?:[\w-]+\s+){0,3}?request\s+(?:is|will\s+(?:be|remain)|remains)\s+(?:on\s+hold|suspended|paused|held\s+open)\b|"
    # "Please confirm by May 30 that you would like us to proceed with your request"
    # ... or asked as what the office would like to know: "we would like to know whether you want us to keep
    # processing it"
    # "Kindly advise within ten days whether this office should continue working on your request"
    r"\b(?:advise|let\s+us\s+know|tell\s+us|confirm|inform\s+us|notify\s+us)\b[^.;]{0,60}?\bwhether\s+(?:this|our|the)\s+"
    r"(?:office|department|agency|unit|division|section|city|county|district)\s+should\s+(?:continue|proceed|keep)\b|"
    r"(?:confirm|let\s+us\s+know|tell\s+us|advise\s+us|notify\s+us|(?:would\s+like|need|want)\s+to\s+know)\s+"
    r"(?:\w+\s+|\S+\s+){0,6}?(?:whether|that|if)\s+"
    # ... "whether you want ICE to keep your request open", "want the Department to continue"
    r"you\s+(?:still\s+)?(?:would\s+like|want|wish|intend)\s+(?:(?:us|(?:the|this|our)\s+[\w'-]+|[\w'-]+)\s+)?to\s+"
    r"(?:proceed|continue|pursue|keep)", IC)
# What the agency cannot search as written: in a fee letter only this is a clarification request, for there
# "let us know whether you wish to proceed" asks for the fee assurance.
CLARIFY_SCOPE = re.compile(
    r"please\s+(?:identify|specify)\s+(?:the|which|what|a)\b|please\s+clarify|clarif\w*\s+(?:your|the\s+scope|what|"
    rf"which|whether)|{UNCLEAR_SCOPE}|request\s+(?:for\s+)?clarification|(?:need|require|requesting|seek|seeking|ask)\w*\s+(?:\w+\s+)"
    r"{0,4}clarif|too\s+broad|overly\s+broad|(?:not|does\s+not|insufficiently|fails\s+to)\s+reasonably\s+describ|"
    r"not\s+sufficiently\s+specific|lacks?\s+(?:sufficient\s+)?specificity|unduly\s+burdensome|"
    r"not\s+(?:\w+\s+)?specific\s+enough|with\s+(?:more|greater|sufficient|reasonable)\s+(?:particularity|specificity)|"
    rf"narrow\s+(?:\w+\s+){{0,3}}to\s+manageable|{DESCRIBE_BETTER}|(?:need|require)\s+(?:\w+\s+){{0,2}}"
    r"(?:additional|more|further)\s+information\s+(?:\w+\s+){0,3}(?:to\s+(?:process|search|locate|respond)|about\s+"
    r"your\s+request)", IC)
# "If we do not hear from you within 30 days, we will close your request": an ask in its own right in a
# still-interested letter, but only the tail of a fee letter's ask for assurance.
# ... or "if we do not get your reply within 20 working days ..., we will close the request administratively".
# ... or with nothing coming back: "If nothing comes back from you in 30 days, we will administratively close it",
# "Absent an answer by that date, we will treat the request as one you no longer need and remove it from our queue".
# ... or in the first person: "If I do not hear back from you by December 30, 2026, I will ... administratively close
# the request".
# ... or "if we have heard nothing by then, we will take it that you have decided not to pursue it".
CLOSE_WARNING = re.compile(r"(?:if\s+(?:we|I)\s+(?:do|have)\s+not\s+(?:hear|heard|receive|received|get|gotten|got)|"
                           r"\bif\s+(?:we|I)\s+(?:have\s+)?(?:hear|heard|receive|received|get|got)\s+nothing\b|"
                           r"\bif\s+(?:nothing|no\s+(?:answer|reply|response|word))\s+(?:comes\s+(?:back|in)|is\s+"
                           r"received|arrives|reaches\s+us)|\b(?:absent|without)\s+(?:an?\s+|your\s+|any\s+)?"
                           r"(?:answer|reply|response|word)\s+(?:from\s+you\s+)?(?:by|within|before|in)\b)\s+"
                           # ... or "we will assume you are no longer interested in these records", what is awaited
                           # named at length between: "If we do not receive the verification of identity within 30
                           # business days from the date of this letter, we will assume you are no longer interested"
                           r".{0,160}?(?:clos|withdr|remove|no\s+longer\s+(?:need|want|wish|seek|interested)|"
                           r"(?:decided|chosen|wish)\s+not\s+to\s+(?:pursue|proceed|continue|go\s+on))|"
                           # ... or said of the reply itself, a word or two between: "if no further information is
                           # received by June 1, the file will be closed"
                           r"\bif\s+(?:nothing|no\s+(?:\w+\s+)?(?:reply|response|answer|word|information))\s+"
                           r"(?:\w+\s+){0,2}?(?:reaches|arrives|comes|is\s+received|has\s+been\s+received)\b"
                           r".{0,100}?(?:clos|withdr)|"
                           # ... the close first, its condition after: "It will be closed on January 4, 2027 if the
                           # authorization has not arrived by then", "your request will be closed unless we receive the
                           # form" (not "will be closed if you ask us to")
                           r"\b(?:will|shall|would)\s+be\s+(?:administratively\s+)?(?:closed|withdrawn)\b[^.;]{0,60}?"
                           r"\b(?:if\s+(?:the|your|this|that|we|no)\b[^.;]{0,80}?\b(?:not|no|fails?)\b|unless\s+"
                           r"(?:we|you|the|your|this)\b)", IC)
CLARIFY = re.compile(f"{CLARIFY_ASK.pattern}|{CLOSE_WARNING.pattern}", IC)
# ... but the close a fee letter warns of, the payment awaited, asks nothing about the request: "OSP will proceed with
# your request once the estimated fee is paid; if we do not receive payment within 60 days of that estimate, your
# request will be closed", "your request will be closed unless we receive the deposit" (not "if we do not receive your
# payment or your clarification", which asks both).
_NO_ASK_BETWEEN = r"(?:(?!clarif|inform|repl|respon|answer|narrow|hear|word|scope|descri)[^.;]){0,160}?"
PAYMENT_CLOSE_WARNING = re.compile(
    r"\bif\s+(?:we|I|the\s+\w+)\s+(?:do|does|did|have|has)\s+not\s+(?:yet\s+)?(?:receive|received|get|gotten|got)\s+"
    r"(?:(?:the|your|a|an|any|full|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:payment|fees?|deposit|check|remittance)\b"
    + _NO_ASK_BETWEEN + r"\b(?:clos|withdr)\w*|"
    r"\b(?:will|shall|would)\s+be\s+(?:administratively\s+)?(?:closed|withdrawn)\b[^.;]{0,60}?\bunless\s+"
    r"(?:(?:we|the\s+\w+)\s+(?:receives?|gets?)\s+)?(?:(?:the|your|a|an|any|full|this|that)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:payment|fees?|deposit|check|remittance)\b(?!\s+(?:or|and)\s+(?:\w+\s+){0,2}?(?:clarif|inform|respon|repl))",
    IC)
# A failing said of requests in general, as a regulation says it, not of this one: "Pursuant to 6 C.F.R. § 5.3(c), a
# request that does not reasonably describe the records sought is not considered received until it is perfected", "any
# request which is too broad will be returned" (the clause, up to its comma; not "your request does not reasonably
# describe").
ANY_REQUEST_FAILING = re.compile(r"\b(?:a|an|any|every|all|such)\s+(?:[\w-]+\s+)?requests?\s+(?:that|which)\s+"
                                 r"(?:(?:do|does)\s+not|(?:is|are)\s+(?:too|overly|not)|fails?\s+to|lacks?)\b[^.;,]*",
                                 IC)
# The time to answer counted from a request for clarification the office may send one day, the regulation's rule and
# no ask: "if we do not hear from you within 30 days of a request for clarification from this office, we will assume
# you are no longer interested" (6 C.F.R. § 5.3(c)), "requests are closed if the requester does not respond within 20
# working days after the date of an agency's request for additional information" (not this letter's own request: "within
# 30 days of the date of this request for clarification").
CLARIFICATION_FORESEEN = re.compile(r"\b(?:within|in)\s+\S+\s+(?:\(\d+\)\s+)?(?:\w+\s+){0,2}?days?\s+"
                                    r"(?:of|from|after)\s+(?:the\s+date\s+of\s+)?(?:a|an|any|such\s+a)\s+(?:\w+(?:'s|\u2019s)?\s+)?"
                                    r"(?:written\s+)?(?:request\s+for\s+(?:clarification|(?:additional|more|further)\s+"
                                    r"information)|(?:clarification|information)\s+request)\b"
                                    # ... and the answer owed to such a request, one day: "If you do not respond to a
                                    # request for clarification or payment within 30 days, the Department may close
                                    # your request" (an indefinite one only: not "respond to our request for
                                    # clarification", "reply to this request for clarification")
                                    r"|\b(?:(?:respond|reply)\s+to|answer(?:\s+to)?)\s+(?:a|an|any|such\s+a)\s+(?:written\s+)?"
                                    r"request\s+for\s+(?:clarification|(?:additional|more|further)\s+information)"
                                    r"(?:\s+(?:or|and|and/or)\s+(?:for\s+)?(?:payment|a\s+(?:fee|deposit)|"
                                    r"(?:fee\s+)?payment))?\b", IC)
INTERIM = re.compile(
    r"interim\s+(?:release|response|production|installment)|"
    # (not the statement that partial disclosure was considered: "we have considered whether partial disclosure of
    # information is possible whenever ... full disclosure ... is not possible", 5 U.S.C. § 552(a)(8))
    r"(?<!whether\s)\bpartial\s+(?:response|disclosure)(?!\s+(?:of\s+(?:the\s+)?(?:information|records?|material)\s+)?"
    r"(?:is|was|would\s+be)\s+(?:possible|feasible|appropriate))|(?:first|second|third|fourth|fifth|sixth|next|partial|"
    r"rolling|\d+(?:st|nd|rd|th))\s+(?:(?:monthly|weekly|quarterly|rolling|partial)\s+)?(?:interim\s+)?"
    r"(?:release|installment|production|tranche|batch)|"
    # "We are sending you the first group of records for your request", "the second set of responsive documents"
    r"\b(?:first|second|third|fourth|next)\s+(?:group|set|round|portion)\s+of\s+(?:the\s+)?(?:responsive\s+)?"
    r"(?:records|documents|pages|materials|files|e-?mails)\b|will\s+continue"
    r"\s+(?:to\s+)?process|continue\s+(?:processing|to\s+review)\s+(?:the\s+)?(?:remaining|additional)|"
    # (not the rest given out with this letter: "the remaining pages are released without redaction", nor the rest
    # told by the way it goes out: "the remaining pages are released electronically", "the remaining records are
    # provided by e-mail", "... are produced on the enclosed CD"; not "the remaining pages will be released
    # electronically as they are processed")
    r"remaining\s+(?:records|pages|documents)\s+(?:are|will|remain)(?!\s+(?:being\s+)?(?:withheld|denied|exempt))"
    r"(?!\s+(?:being\s+|also\s+|hereby\s+)?(?:released|provided|enclosed|disclosed|produced|attached|sent)\s+"
    r"(?:without|in\s+(?:full|(?:their|its)\s+entirety|electronic\s+(?:form|format))|with|to\s+you|herewith|"
    r"electronically|by\s+(?:e-?mail|mail|post)|via|through\s+(?:(?:the|our|its)\s+)?(?:[\w.]+'s\s+)?(?:[\w-]+\s+){0,2}?portal|"
    r"on\s+(?:the\s+)?(?:enclosed|attached|accompanying)\s+(?:cd|dvd|dis[ck]|(?:flash|usb|thumb)\s+drive))\b)|"
    r"additional\s+(?:releases|installments|productions)"
    r"\s+will|"
    # More releases to come: "will provide further productions as they become available", "Subsequent installments
    # will follow" (not "No further productions will be made"); and a portal's numbered one: "Production 1".
    r"\b(?:provide|make|produce|send|issue)\s+(?:\w+\s+){0,2}(?:further|additional|subsequent|future)\s+"
    r"(?:productions|releases|installments)\b|(?<!no\s)\b(?:further|subsequent|future)\s+(?:productions|releases|"
    r"installments)\s+will\b|\b(?:production|installment|tranche|batch)\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,2}\b"
    r"(?![-/.]?\d)|"
    # One more to come: "we will make another production in approximately 30 days", "ICE will send a further release"
    # (a base verb, what is yet to be done; not "we made another production last month")
    r"\b(?:make|provide|send|issue|produce)\s+(?:you\s+)?(?:another|a\s+further|a\s+second|a\s+third|a\s+fourth|the\s+next)\s+"
    r"(?:(?:interim|partial|monthly|rolling)\s+)?(?:production|release|installment|tranche|batch|response)\b|"
    # ... and the rest still in hand: "Review of the remaining potentially responsive records is ongoing", "processing
    # of the other pages continues" (not "no review of the remaining records is needed")
    r"(?<!\bno\s)\b(?:review|processing|search|examination)\s+of\s+(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:records|pages|documents|materials|e-?mails|files)\s+(?:is|are)\s+(?:still\s+)?"
    r"(?:ongoing|underway|under\s+way|in\s+progress|continuing)\b|"
    # ... or a portal's numbered release, posted now: "Release 2 of your request has been posted to the portal" (not one
    # still to come: "Release 3 will be posted when it is ready")
    r"\brelease\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,2}\b(?![-/.]?\d)\s+(?:[\w()-]+\s+){0,6}?(?:has\s+been|have\s+been|"
    r"is|was)\s+(?:now\s+)?(?:posted|uploaded|published|made\s+available|available)\b|"
    # ... or the case still open, the requester to hear as it goes on: "We will keep you informed as your case
    # progresses", "we will keep you updated on the progress of your request" (not an appeal's progress, nor a
    # question: "If you have questions about the progress of your case, ...")
    r"\bkeep\s+you\s+(?:informed|updated|apprised|advised|posted)\s+(?:as\s+(?:your|the|this)\s+(?:case|request)\s+"
    r"(?:progresses|proceeds|moves\s+forward)|(?:of|on|about)\s+the\s+progress\s+of\s+(?:your|the|this)\s+"
    r"(?:case|request))\b|"
    # ... or pages still out with another agency, the requester to hear of them later: "The consultation with one
    # remaining OGA has not yet been completed", "the referral to the Department of State is still pending", "we will
    # correspond with you regarding the remaining pages" (not a consultation finished: "has completed its review")
    r"\b(?:consultations?|referrals?|coordination)\s+(?:with|to)\s+(?:[\w()-]+\s+){1,6}?(?:has|have|is|are)\s+not\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:completed?|finished|concluded|returned)\b|"
    r"\b(?:consultations?|referrals?)\s+(?:(?:with|to)\s+(?:[\w()-]+\s+){1,6}?)?(?:is|are|remains?)\s+(?:still\s+)?"
    r"(?:pending|outstanding|ongoing|underway|under\s+way)\b|"
    r"\b(?:will|shall)\s+(?:correspond|write)\s+(?:with\s+|to\s+)?you\s+(?:again\s+|further\s+|separately\s+)?"
    r"(?:regarding|about|concerning|as\s+to)\s+(?:the\s+|those\s+|these\s+)?(?:remaining|outstanding|other)\s+"
    r"(?:pages|records|documents|material|materials|information)\b", IC)
# Part of what was asked for still being worked on while the rest goes out with the letter: "The body-worn camera
# recordings are being reviewed and redacted, and you will be contacted separately with an estimate of the cost of that
# review", "The video footage is still being processed and will be sent when it is complete" (not records that went
# through review, "The enclosed records were reviewed and redacted"; nor the request itself, "Your request is being
# processed"; nor pages in another agency's hands, "The 22 pages referred to ICE are being reviewed by that agency,
# which will respond to you directly").
PART_STILL_IN_HAND = re.compile(r"\b(?:recordings?|videos?|footage|audio|records|pages|documents|e-?mails|files|"
                                r"materials|photographs|images|reports)\s+(?:[\w()'\u2019-]+\s+){0,5}?(?:is|are)\s+"
                                r"(?:still\s+|currently\s+|now\s+)?being\s+(?:reviewed|processed|redacted|prepared|"
                                r"compiled|gathered|collected|edited|retrieved)\b(?!\s+by\b)"
                                r"(?![^.;]*\b(?:refer\w*|directly|direct\s+response|another\s+agency|other\s+agenc\w*)\b)",
                                IC)
# ... unless the office says its review of the records is done, the recordings on a track of their own: "CDCR has
# completed its review of the responsive records" before "Audio and video recordings ... are being reviewed separately
# ... and will be produced under separate cover" (not the review of an appeal).
REVIEW_COMPLETED = re.compile(r"\b(?:completed|finished|concluded)\s+(?:its|their|our|the|my)\s+(?:review|processing)\b"
                              r"(?!\s+of\s+(?:your|the|this)\s+appeal)|\b(?:review|processing)\s+of\s+(?:the\s+|your\s+)?"
                              r"(?:responsive\s+)?(?:records|request)\s+(?:is|has\s+been)\s+(?:now\s+)?completed?\b",
                              IC)
# "Please note that an interim response is not a final determination": no final answer.
# ... the office named as its owner: "this letter is not the University's final response to your request", "is not the
# Department of Health's final determination", "not yet the agency's final response", "not our office's final decision"
NOT_FINAL = re.compile(r"\bnot\s+(?:yet\s+)?(?:a|an|the|our|your|its|this|their)\s+"
                       r"(?:(?:[\w.&-]+\s+){0,4}?[\w.&-]+(?:['\u2019]s|s['\u2019])\s+)?"
                       r"final\s+(?:response|determination|decision|action)", IC)
# An installment's place in a series: "first", "twelfth", "3rd".
_ORDINAL = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|"
            r"\d{1,2}(?:st|nd|rd|th)")
# The work on a request said done only as a time to come: "EOIR will respond to you as soon as the processing of your
# request is complete", "Fees will be billed when the review of your request is complete" (each look-behind is of one
# width, so one for each conjunction and the work it names; "The processing of your request is complete" stays final).
_NOT_YET_DONE = "".join(
    rf"(?<!{when}\s{work}your\s)"
    for when in ("when", "once", "until", "after", r"soon\sas", r"by\sthe\stime")
    for work in (r"the\sprocessing\sof\s", r"processing\sof\s", r"the\sreview\sof\s", r"review\sof\s",
                 r"the\ssearch\sfor\s", r"work\son\s"))
# The time the law counts from a final determination, in the notice of the rights to appeal or sue: "commence an
# action in the Michigan Court of Claims ... within 180 days after the date of the final determination to deny the
# request" (MCL 15.240), "within 60 days of the final decision", "90 days from the date of a final response": the law's
# rule, no word that this letter is the final one (not this letter's own: "within 90 days of this final response").
DAYS_FROM_A_FINAL_ANSWER = re.compile(
    r"\bdays\s+(?:after|of|from|following)\s+(?:(?:the\s+)?(?:date|day|receipt|issuance|service)\s+of\s+)?"
    r"(?:the|a|any)\s+final\s+(?:determination|decision|response|action|disposition)\b|"
    # ... and the time to appeal counted from an answer still to come, in an interim letter: "the time to appeal will
    # run from the date of our final response", "your appeal period begins with the agency's final determination" (not
    # this letter's own: "runs from the date of this final response")
    r"\b(?:run|runs|running|begins?|beginning|starts?|starting|counted|measured)\s+(?:from|on|with|upon)\s+"
    r"(?:the\s+(?:date|day|issuance|receipt)\s+of\s+)?(?:our|the|its|a|any|that)\s+(?:(?:[\w.&-]+['\u2019]s)\s+)?"
    r"final\s+(?:determination|decision|response|action|disposition|letter)\b", IC)
# A count of a few, in figures or words ("two", "3"), as a letter numbers the people or files it has finished.
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
FINAL_STRONG = re.compile(
    # (one, this letter's: not others' in the plural, "the final determinations of the review boards")
    # (nor one said not to be: "no final determination has been made"; nor the final disposition of a disciplinary
    # action or complaint, which personnel data laws make public: "disciplinary data on employees where no final
    # disposition has been reached", "the final disposition of any disciplinary action", "a final disposition occurs at
    # the conclusion of the arbitration proceedings")
    r"(?<!\bno\s)final\s+(?:response|determination|release|installment|production|"
    r"disposition(?!\s+(?:of\s+(?:the\s+|any\s+|a\s+|that\s+)?(?:disciplinary|discipline|complaint|charges?|"
    r"grievance|arbitration)\b|(?:has|had)\s+(?:not\s+)?(?:been\s+)?(?:reached|occurred)\b|occur))|action|letter)\b|"
    # An attorney general's ruling on what the governmental body may keep back, its conclusion: "Accordingly, with the
    # exception of basic information, the department may withhold the submitted information under section
    # 552.108(a)(1)", "Therefore, the city must release the remaining information" (not the question "whether the
    # district may withhold", nor a condition)
    # ... and its conclusion after the reason for it: "As no exceptions to disclosure have been raised, the sheriff's
    # office must release the submitted information"
    r"^(?![^.;]*\b(?:if|whether|unless)\b)(?:[^.;]*?\b(?:accordingly|therefore|thus|consequently|we\s+conclude)\b|"
    r"\W*(?:as|because|since)\s+[^.;,]{1,120},)[^.;]*?"
    r"\b(?:department|city|county|district|board|university|commission|authority|agency|governmental\s+body|office|"
    r"system|college|sheriff)(?:(?:'s|\u2019s)\s+(?:office|department))?\s+(?:may|must)\s+(?:(?:also|only|now)\s+)?"
    r"(?:withhold|release|disclose)\b|"
    # ... and what this letter does, named: "This action completes the processing of your request", "This letter
    # concludes our response" (not an earlier one's: "That letter completed ...")
    # ... but not one installment of several, ended: "This completes the first interim release", "This letter
    # concludes our second partial production", "This completes the third installment"
    r"(?:this|which)\s+(?:(?:action|letter|response|e-?mail|notice|referral|transfer|determination)\s+)?"
    r"(?:completes|concludes)(?!\s+(?:the|this|our|its|my)\s+(?:(?:" + _ORDINAL + r")\s+)?"
    r"(?:interim|partial|rolling|monthly)\b|\s+(?:the|this|our|its|my)\s+(?:" + _ORDINAL + r")\s+"
    r"(?:release|response|production|installment|tranche|batch)\b)|"
    # "Your request for public records has been completed", "... has been fulfilled"
    # ... but not a promise: "You will be notified when your request is complete", "as soon as your request is
    # complete", nor the work on it still to come (_NOT_YET_DONE)
    # ... nor only the search for the records it asks for, done, their review still to come: "Our search for records
    # responsive to your request has been completed, and the records are undergoing review", "The search for your
    # request is now complete" ("The processing of records responsive to your request is complete" stays final)
    r"^(?![^;]*?\bsearch(?:es|ing)?\s+(?:for|of|in|on)\b[^;]*?\brequest\s+(?:[\w-]+\s+){0,4}(?:has\s+been|is)\s+"
    r"(?:now\s+)?(?:completed|complete)\b)[\s\S]*?"
    r"(?<!when\syour\s)(?<!once\syour\s)(?<!until\syour\s)(?<!after\syour\s)(?<!when\s)(?<!once\s)(?<!until\s)"
    r"(?<!soon\sas\syour\s)(?<!soon\sas\s)" + _NOT_YET_DONE +
    r"\brequest\s+(?:[\w-]+\s+){0,4}(?:has\s+been|is)\s+(?:now\s+)?(?:completed|complete|fulfilled)\b|"
    # ... and in the active voice: "Wake County Public School System has fulfilled your public records request"
    # (not a time to come: "Once the Department has fulfilled your request, ...")
    r"^(?![^.;]*\b(?:once|when|after|until|if|before)\b)[^.;]*?"
    r"\b(?:has|have)\s+(?:now\s+)?(?:fulfilled|completed)\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,4}?request\b|"
    # ... or its response to it: "The Department has completed its response to your request of October 30, 2026"
    # (not a response still to come: "once we have completed our response to your request")
    r"^(?![^.;]*\b(?:once|when|after|until|if|before)\b)[^.;]*?"
    r"\b(?:has|have)\s+(?:now\s+)?completed\s+(?:its|our|the|this|my)\s+(?:final\s+)?(?:response|reply|answer)\s+"
    r"(?:to|on)\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,4}?request\b|"
    # ... "it is closed", "it is administratively closed in our FOIPA case tracking system"
    r"\bit\s+is\s+(?:now\s+)?(?:administratively\s+)?closed\b|\bceas(?:ed|es|ing)\s+processing|"
    # "As you asked, we have stopped work on COW2026000418863 and closed it" (not "stopped work until we receive ...")
    r"(?<!not\s)\b(?:have|has)\s+(?:now\s+)?(?:stopped|halted|discontinued)\s+(?:all\s+)?(?:work|processing)\s+on\b"
    r"(?![^.;]*\b(?:until|pending|unless|while)\b)|"
    # ... the request closed as "it": "the Wage and Hour Division has stopped processing the request and has closed it",
    # "we have therefore closed it" (not what will be: "we will have closed it"; nor processing only stopped, as for an
    # unpaid fee: "we have stopped processing your request. Please advise ... whether you agree to pay")
    rf"(?<!will\s)(?<!would\s)(?<!may\s)\b(?:have|has)\s+(?:now\s+)?{DECIDING_ADVERBS}(?:now\s+)?"
    r"(?:administratively\s+)?closed\s+it\b|"
    # "we have stopped work on FOIA request ... and have marked it withdrawn in our tracking system" (not "if you wish
    # us to mark it withdrawn", nor what will be done: "we will mark the request withdrawn")
    r"(?<!\bto\s)(?<!will\s)(?<!would\s)(?<!may\s)\b(?:marked|recorded|logged|listed|closed|entered)\s+(?:it|your\s+"
    r"(?:[\w-]+\s+){0,3}?request|the\s+request|this\s+request)\s+(?:as\s+)?withdrawn\b|"
    # The office's own withdrawal at the requester's word: "As you asked, we have withdrawn the request and closed our
    # file" (not "if you wish to withdraw your request", nor "you have withdrawn")
    # ... the office named by its kind or its initials: "In accordance with your instructions, EBSA has withdrawn your
    # FOIA request 2026-F-08817 and closed it", "the Bureau has withdrawn the request" (not "you have withdrawn")
    r"\b(?:we|I|office|agency|department|bureau|division|service|administration|commission|board|authority|city|"
    r"county|district|component|unit|center|centre|(?-i:[A-Z]{2,}[A-Za-z]*))\s+(?:have|has)\s+"
    r"(?:now\s+|therefore\s+|accordingly\s+)?withdrawn\s+(?:(?:your|the|this)\s+)?"
    # (the request itself, by its kind or its number, not what was said of it: "has withdrawn its denial of your
    # request", "has withdrawn the fee estimate for the request")
    r"(?!(?:[\w-]+\s+){0,4}?(?:denial|objection|estimate|determination|decision|response|letter|appeal|claim|"
    r"invoice|bill)s?\b)(?:[\w-]+\s+){0,4}?request\b|"
    # ... and in the passive, the request itself said withdrawn now: "This letter confirms that, at your request, your
    # FOIA request has been withdrawn", "Your request, No. 26-118, is hereby withdrawn as you asked" (not one foreseen
    # or under a condition: "your request will be withdrawn", "if your request has been withdrawn"; nor a side request
    # or an appeal: "Your request for a fee waiver has been withdrawn", "your appeal request has been withdrawn")
    r"^(?![^.;]*\b(?:if|unless|until|once|when|whether)\b)[^.;]*?\b(?:your|the|this)\s+"
    r"(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|expedition|payment)\b)(?:[\w()/-]+\s+){0,6}?request\b"
    r"(?!\s+for\s+(?:a\s+|an\s+|the\s+)?(?:fee|waiver|expedit|review|reconsideration))(?:,[^;,]{1,40},)?\s+"
    r"(?:has\s+(?:now\s+)?been\s+|is\s+(?:now\s+|hereby\s+)+)withdrawn\b|"
    # "The records you seek are court records, which are not subject to the FOIA" (not the standard notice of the
    # exclusions, a treatment foreseen: "Agencies may treat three discrete categories of law enforcement and national
    # security records as not subject to the FOIA")
    r"(?<!\bas\s)\bnot\s+subject\s+to\s+the\s+(?:FOIA|Freedom\s+of\s+Information\s+Act)|(?:is|was|has\s+been)\s+(?:now\s+)?(?:considered|deemed)\s+(?:to\s+(?:be|have\s+been)\s+)?withdrawn|\bit\s+has\s+(?:now\s+)?been\s+(?:administratively\s+)?closed|"
    # ... the request itself held closed, by its number or not: "your request ORR-2026-04471 is now considered closed",
    # "Request No. 26-118 is therefore deemed closed" (not a close to come, "will be considered closed", nor under a
    # condition: "Your request is considered closed if we do not hear from you", nor a case the records are about: "the
    # investigation is now considered closed")
    r"\brequest\b(?:\s+(?:no\.?\s*|number\s+|#\s*)?(?=[A-Z0-9-]*\d)[A-Z0-9][\w-]*\d)?,?\s+(?:is|was|has\s+been)\s+"
    r"(?:now\s+)?" + DECIDING_ADVERBS + r"(?:now\s+)?(?:considered|deemed|treated\s+as)\s+"
    r"(?:to\s+(?:be|have\s+been)\s+)?(?:administratively\s+)?closed\b(?![^.;]*\b(?:if|unless|until)\b)|"
    # ... in the active voice: "Accordingly, MCSO considers your request withdrawn and has closed its file", "We
    # therefore deem the request abandoned", "pursuant to ORS 192.329(6), the City considers your request closed" (not
    # one to come: "MCSO would consider the request withdrawn", "we will consider your request withdrawn if we do not
    # hear from you")
    r"(?<!will\s)(?<!may\s)(?<!would\s)(?<!could\s)(?<!shall\s)(?<!to\s)\b(?:consider|deem)(?:s|ed)?\s+(?:your|the|this)\s+"
    r"(?:[\w-]+\s+){0,3}?request\s+(?:to\s+(?:be|have\s+been)\s+|as\s+)?(?:withdrawn|abandoned|closed)\b"
    r"(?![^.;]*\b(?:if|unless|until)\b)|"
    # "We are therefore treating your request as withdrawn and have closed it" (not "we will treat your request as
    # withdrawn if ...")
    r"(?<!will\s)(?<!may\s)(?<!would\s)(?<!could\s)(?<!to\s)\btreat(?:s|ed|ing)?\s+(?:your|the|this)\s+"
    r"(?:[\w-]+\s+){0,3}?request\s+as\s+(?:withdrawn|abandoned)\b(?![^.;]*\b(?:if|unless|until)\b)|"
    # ... "The Office has therefore closed your request"
    # ... the request named by its kind: "the City has closed your public records request No. 26-0871"
    # ... or the request's case: "The Department has therefore administratively closed your FOIA case"
    # ... or the request by its number: "CBP has administratively closed FOIA request CBP-FO-2026-071933"
    rf"{CLOSED_BY_NUMBER}|"
    rf"(?:have|has)\s+(?:now\s+)?{DECIDING_ADVERBS}(?:now\s+)?(?:administratively\s+)?closed\s+(?:your|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:request|(?:FOIA|FOIL|public\s+records|records)\s+case)\b|(?:request|case|file|matter)\s+"
    # ... and with its number between: "Record request #26-4471 has been closed"
    r"(?:(?:no\.?\s*|number\s+)?#?\s*[A-Z]*-?\d[\w-]*\s+)?(?:is|has\s+(?:(?:therefore|accordingly|thus|"
    r"consequently|now)\s+)?been|is\s+now)\s+"
    # ... and with a deciding adverb: "Your request is therefore closed", "Your request has therefore been closed"
    # ... or administratively: "your request has been administratively closed"
    rf"{DECIDING_ADVERBS}(?:now\s+)?(?:administratively\s+)?closed|(?:is|was|has\s+been)\s+(?:now\s+)?(?:considered|deemed)\s+abandoned|\band\s+has\s+been\s+closed|"
    # ... "we are closing", with a deciding adverb too: "The Department is therefore closing request No. ..."
    # ... but not a close that may come, a modal's or an "and" after one: "if this installment is not accessed within 30
    # days, Ecology may stop searching for the remaining records and close your request", "we may close your request"
    r"(?:are|am|is)\s+(?:now\s+)?" + DECIDING_ADVERBS + r"(?:now\s+)?(?:administratively\s+)?closing|"
    r"(?<!will\s)(?<!administratively\s)(?<!\bmay\s)(?<!might\s)(?<!could\s)"
    # ... nor the close a "still interested?" letter disowns: "Please note that this is not an attempt to close your
    # request"
    r"(?<!would\s)(?<!shall\s)(?<!\bcan\s)(?<!\band\s)(?<!attempt\sto\s)(?<!effort\sto\s)(?<!intended\sto\s)"
    r"clos(?:e|ing)\s+(?:out\s+)?(?:your|this)\s+(?:\w+\s+)?"
    # ... but not what a close would mean: "Closing your request does not preclude you from submitting a new one"
    r"(?:request|file|case)(?!\s+(?:does|do|will|would|shall)\s+not\b)|"
    # ... but not the work still undone: "Because we have not completed processing your request, we are not yet able
    # to offer you appeal rights", "has not yet completed the review"
    # ... or finished it: "EOIR has finished processing your Freedom of Information Act request"
    # (or "has finished reviewing" it)
    r"(?<!not\s)(?<!not\syet\s)(?<!yet\sto\s)(?<!never\s)(?:completed|finished)\s+(?:the\s+)?(?:processing|review(?:ing)?)\b"
    # ... but not "completed the review of 22 additional documents", a batch of an interim release
    r"(?!\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:\S+\s+)?(?:additional|more|further|another|next)\b)"
    # ... nor "completed the review of the first installment of responsive records", "has finished reviewing a second
    # group of 96 pages"
    r"(?!\s+(?:of\s+)?(?:the\s+|this\s+|our\s+|an?\s+)?(?:\w+\s+)?(?:installment|tranche|batch|production|release|set|portion|"
    r"part|segment|group|round|volume)\b)"
    # ... nor "completed the review of the first 500 pages of potentially responsive records", a first batch
    r"(?!\s+(?:of\s+)?(?:the\s+)?(?:first|next|initial|second|third|fourth|fifth)\s+(?:\S+\s+)?"
    r"(?:pages|records|documents)\b)"
    # ... nor the work done for some of the people or files asked about, the rest still to come: "EOIR has completed
    # the processing of the records of proceedings of the first two respondents", "completed the review of the files
    # of three of the five custodians", "finished processing the e-mail of the first 3 custodians" (not "completed the
    # processing of your request for the records of two officers")
    r"(?!\s+(?:(?:the\s+)?[\w-]+\s+)?(?:of|on|for)\s+[^.;]{0,60}?\b(?:(?:first|initial)\s+" + _COUNT_WORD + r"|"
    + _COUNT_WORD
    + r"\s+of\s+(?:the\s+)?" + _COUNT_WORD + r")\s+(?:[\w-]+\s+)?[a-z]+s\b)", IC)
# A form's ticked disposition, the boxes not ticked dropped: "DISPOSITION: Partially filled", "Status: Request denied",
# "Action taken: Granted in full" (not "Status: Open", nor "Disposition: pending").
# ... the label may name who acts: "Custodian Action: Denied", "Agency's decision: Granted in part".
_FORM_DECISION_LABEL = (r"^\W*(?:(?:custodian|agency|department|office)(?:'s|\u2019s)?\s+)?(?:disposition|status|"
                        r"action(?:\s+taken)?|response|determination|decision)\s*:\s*(?:request\s+)?")
# A decision's label alone on its line, its ticked value on the next ("Custodian Action:" / "☒ Denied - see
# explanation below"): the two are read as one line.
FORM_DECISION_LABEL_LINE = re.compile(r"(?im)^([ \t]*(?:(?:custodian|agency|department|office)(?:'s|\u2019s)?[ \t]+)?"
                                      r"(?:disposition|status|action(?:[ \t]+taken)?|determination|decision)[ \t]*:)"
                                      r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\S)")
FORM_DISPOSITION = re.compile(_FORM_DECISION_LABEL + r"(?:(?:partially|fully)\s+(?:filled|fulfilled|granted)|"
                              r"(?:filled|fulfilled|granted|denied)(?:\s+in\s+(?:full|part))?|no\s+records?\s+exist)\b",
                              IC)
# "Without this information, we are unable to identify the records ...": an inability that waits on the requester's
# answer, not a search's result.
WITHOUT_INFORMATION = re.compile(r"^\W*(?:without|absent|unless\s+we\s+receive|until\s+we\s+receive)\s+"
                                 r"(?:this|that|such|these|the|additional|further|more)\s+(?:\w+\s+)?"
                                 r"(?:information|clarification|details?)\b", IC)
# Records that answered the request no longer exist (written once for NO_RECORDS and RECORDS_DESTROYED): "Records
# which may have been responsive to your request were destroyed", "the potentially responsive file was destroyed under
# the records retention schedule"; also recordings, video and the like, with the days they covered between: "the
# dispatch audio recordings and body-worn camera video for those dates were destroyed in accordance with the retention
# periods established by ... General Records Schedule GS2", "the footage from that week was overwritten" (not "if
# records were destroyed", nor "documents you destroyed").
_DESTROYED = (r"^(?![^.;]*\b(?:if|unless|whether|you)\b)[^.;]*\b(?:records?|files?|documents?|materials?|recordings?|"
              r"videos?|footage|audio|tapes?)\s+(?:(?:for|from|of|on|covering)\s+(?:[\w-]+\s+){1,3}?)?(?:(?:which|that)\s+"
              r"(?:may\s+have\s+been|might\s+have\s+been|were|would\s+have\s+been)\s+)?(?:(?:potentially|possibly)\s+)?"
              r"(?:responsive\s+(?:to\s+your\s+request\s+)?)?(?:were|was|have\s+been|has\s+been)\s+"
              r"(?:previously\s+|since\s+)?(?:destroyed|purged|overwritten)\b")
NO_RECORDS = re.compile(
    # (Each "did not", "has not" also contracted, as plain-language letters write it: "we didn't find any records
    # responsive to your request", "we haven't located any records".)
    # Records that answered the request no longer exist: "Records which may have been responsive to your request were
    # destroyed", "the potentially responsive file was destroyed under the records retention schedule", "Any
    # responsive records have been destroyed" (not "if records were destroyed", nor "documents you destroyed")
    # ... "Records potentially responsive to your request were destroyed" (the FBI's letter)
    rf"{_DESTROYED}|"
    # A search that "came up empty" or "turned up nothing", and an office that "holds nothing that fits the description
    # in your request" (not "if the search comes up empty", which the conditional check leaves out).
    r"(?<!\bif\s)(?<!\bshould\s)\b(?:came|has\s+come|have\s+come)\s+up\s+(?:empty|empty-handed|dry|with\s+nothing)\b|"
    r"\b(?:turned|has\s+turned|have\s+turned)\s+up\s+nothing\b|"
    r"\b(?:holds?|keeps?|maintains?|possess(?:es)?)\s+nothing\s+(?:that|which)\s+(?:fits|matches|answers|"
    r"responds|meets|is\s+responsive)\b|"
    # ... but "unable to identify the records you seek as described" asks for a better description.
    # ... and "unable to identify which records you actually seek" does not know what is sought.
    # ... "not able to" as "unable to": "We were not able to identify any main file records that respond to it"
    # ... two verbs joined: "we were unable to locate or identify any responsive records"
    r"(?:unable|(?<!\byou\s)(?<!\byou\swere\s)(?<!\byou\sare\s)(?:not|n't|n\u2019t)\s+able)\s+to\s+"
    r"(?:locate|find|identify)(?:\s+(?:or|and|nor)\s+(?:locate|find|identify))?\s+(?!which\b|what\b)(?:any\s+)?"
    r"(?:\w+\s+){0,2}(?:records|documents|"
    r"information)"
    # ... nor the request's wording at fault, its subject between: "unable to identify the records you seek as your
    # request is presently worded", "as it is currently written", "in its present form" (Ohio's R.C. 149.43(B)(2)
    # letter asking for a revised request)
    r"(?!\s+(?:\w+\s+){0,3}(?:as\s+(?:(?:the|your|this|that|it)\s+(?:\w+\s+){0,2}?(?:is|was|are|were)\s+)?"
    r"(?:(?:currently|presently|now|originally)\s+)?(?:\w+\s+)?(?:described|written|worded|phrased|framed|drafted)\b|"
    r"in\s+its\s+(?:current|present)\s+form\b|" + _FROM_DESCRIPTION + ")"
    # ... nor "unable to identify the records you are asking for": what is sought, not what the search found
    r"|\s+you\s+(?:are\s+|were\s+)?(?:asking|looking|seeking|referring))|"
    r"no\s+(?:\w+\s+){0,2}(?:records|documents)\s+(?:\w+\s+){0,4}(?:were|was|could\s+be|have\s+been)\s+"
    r"(?:located|found|identified)|"
    # ... but "your request does not identify the records with reasonable specificity" is the request's fault.
    # ... and so is one that "does not identify the records sought with reasonable clarity" (Ohio's R.C.
    # 149.43(B)(2)), whatever its subject: the records sought, not found.
    # ... nor one that "does not identify the kinds of records, the offices, or the dates you are interested in": the
    # kinds of records a request names, not records a search found.
    r"(?<!request\s)(?:did|does|do)(?:\s+not|n't)\s+(?:locate|find|identify(?!\s+(?:[\w-]+\s+){0,3}?(?:records|documents)\s+"
    r"(?:sought|requested|you\s+(?:seek|want|request|are\s+(?:seeking|requesting)))\b)"
    # ... nor a description that "does not identify the records with enough specificity for the custodian to locate
    # them", whatever names it (a quoted part of the request): how the records are described, not what was found
    r"(?!\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:records|documents)\s+(?:[\w-]+\s+){0,2}?(?:with|in)\s+"
    r"(?:enough|sufficient|reasonable|adequate|the\s+(?:necessary|required)|any)?\s*(?:specificity|particularity|"
    r"detail|clarity|precision)\b)"
    r"(?!\s+(?:the\s+|which\s+|what\s+)?(?:specific\s+|particular\s+)?(?:kinds?|types?|categor(?:y|ies)|sorts?)\s+of\b)|"
    r"have|maintain|possess|hold|"
    r"turn\s+up|uncover|yield|produce|return|reveal)\s+"
    r"(?:any\s+)?(?:\w+\s+){0,3}(?:records|documents)|"
    # ... one kind of record named, "or other record" after it: "The search did not turn up any after-action report or
    # other record responsive to ...", "did not locate a memorandum or any other document"
    r"(?<!request\s)(?:did|does|do)(?:\s+not|n't)\s+(?:locate|find|identify|have|maintain|possess|hold|turn\s+up|uncover|"
    r"yield|produce|return|reveal)\s+(?:any\s+|an?\s+)?(?:[\w-]+\s+){1,3}(?:or|nor)\s+(?:any\s+)?other\s+"
    r"(?:records?|documents?)\b|"
    # ... and in the perfect: "has conducted a search ... and has not located any records responsive to your request"
    r"(?<!request\s)\b(?:has|have|had)(?:\s+not|n't)\s+(?:located|found|identified|uncovered|turned\s+up)\s+"
    r"(?:any\s+)?(?:\w+\s+){0,3}(?:records|documents)|(?:found|located|identified)\s+no\s+(?:\w+\s+){0,2}"
    r"(?:records|documents)|"
    # Searches that brought nothing to the surface: "Their searches did not surface any material that falls within the
    # terms of your request", "the search has not surfaced any responsive e-mails", "did not locate any responsive
    # material" (not "did not surface any material facts", nor the requester's "you did not identify any records")
    r"(?<!request\s)(?<!\byou\s)\b(?:did|does|do|has|have|had)(?:\s+not|n't)\s+(?:surface[d]?|unearth(?:ed)?|(?:locate[d]?|find|found|"
    r"identif(?:y|ied)|turn(?:ed)?\s+up|uncover(?:ed)?)(?=\s+any\s+(?:responsive\s+)?materials?\b))\s+(?:any\s+)?"
    r"(?:\w+\s+){0,2}(?:records|documents|materials?|information|files|e-?mails)\b(?!\s+(?:facts?|changes?|terms?)\b)|"
    # "A search of these systems failed to produce records responsive to your request"
    r"\b(?:failed|fails)\s+to\s+(?:produce|locate|find|identify|yield|uncover|reveal)\s+(?:any\s+)?(?:\w+\s+){0,2}"
    r"(?:records|documents)|"
    r"(?:produced|yielded|returned|resulted\s+in)\s+no\s+(?:\w+\s+){0,2}(?:records|documents|"
    r"results)|no\s+(?:\w+\s+)?(?:records|documents)\s+responsive|"
    # "The District does not possess any information responsive to your request"
    # ... two verbs joined: "did not locate or identify any information responsive to your request"
    # (the office's finding, not the requester's: "You did not identify any information responsive to ...")
    r"(?<!\byou\s)(?:did|does|do)(?:\s+not|n't)\s+(?:locate|find|identify|have|maintain|possess|hold)(?:\s+(?:or|nor|and)\s+(?:locate|find|"
    r"identify|have|maintain|possess|hold))?\s+(?:any\s+)?(?:responsive\s+"
    r"information|information\s+(?:that\s+is\s+)?responsive)|there\s+(?:were|are)\s+no\s+(?:\w+\s+){0,2}(?:records|"
    r"documents)\s+(?:found|located)|"
    # Data practices laws speak of data: "the DOC does not maintain any data responsive to your request", "no
    # responsive data were located" (but not "no data have been withheld or redacted")
    r"(?:did|does|do)(?:\s+not|n't)\s+(?:locate|find|identify|have|maintain|possess|hold|keep)\s+(?:any\s+)?(?:\w+\s+){0,2}"
    r"data\s+(?:that\s+(?:is|are|would\s+be)\s+)?responsive|\bno\s+(?:responsive\s+)?data\s+(?:\w+\s+){0,3}(?:were|was|"
    r"could\s+be|have\s+been)\s+(?:located|found|identified)|\bno\s+data\s+responsive|"
    # Texas speaks of information: "we found no information responsive to your request", "no responsive information
    # was located" (but not "we found no information in your request that identifies the records")
    r"(?:found|located|identified)\s+no\s+(?:responsive\s+information\b|information\s+(?:that\s+(?:is|was|would\s+be)\s+)?"
    r"responsive)|\bno\s+(?:responsive\s+information|information\s+(?:that\s+(?:is|was)\s+)?responsive\s+(?:\w+\s+){0,6}?)"
    r"\s*(?:was|were|has\s+been|could\s+be)\s+(?:located|found|identified)|"
    # "No responsive records exist", "the search was negative"
    # ... and one record: "No record responsive to your request exists in the City's custody" (not "no record of
    # your payment exists")
    # ... and any record by its kind, however described: "no draft or final evaluation report exists", "no such
    # audit exists"
    r"\bno\s+(?:[\w-]+\s+){0,4}?(?:records?|documents?|information|reports?|files?|e-?mails?|data|recordings?|"
    r"evaluations?|memorand(?:a|um)|correspondence|contracts?|videos?|footage|communications?|stud(?:y|ies)|audits?|"
    r"plans?|polic(?:y|ies)|logs?|minutes|agreements?)\s+(?!of\s+(?:your|the|a|an)\s+(?:\w+\s+)?(?:request|"
    r"payment|appeal|check|correspondence|letter)\b)(?:\w+\s+){0,4}(?:exists?|existed)\b|"
    # "That search turned up nothing", "our search came up empty" (not "turned up nothing new")
    r"\bsearch\w*\s+(?:\w+\s+){0,3}?(?:turned\s+up|found|located|yielded|produced|returned)\s+nothing\b"
    r"(?!\s+(?:new|more|further|else|additional|beyond|other)\b)|\bsearch\w*\s+(?:\w+\s+){0,3}?came\s+up\s+empty\b|"
    # ... "Those searches came back empty", "each search returned empty" (not "if the search comes back empty")
    r"\bsearch\w*\s+(?:\w+\s+){0,3}?(?:came\s+back|turned\s+up|returned|proved|were|was)\s+empty\b|"
    # ... and nothing that fits: "nothing matching the description in your request exists in CISA's files" (not
    # "nothing in this letter changes ...")
    r"\bnothing\s+(?:that\s+)?(?:match|answer|respond|fit|correspond)\w*\s+(?:to\s+)?(?:\w+\s+){0,6}?"
    r"(?:exists?|existed|was\s+(?:found|located)|could\s+be\s+(?:found|located))\b|"
    # Virginia's words, Va. Code § 2.2-3704(B)(3): "the requested records could not be found or do not exist" (not
    # "records that cannot be found without more detail")
    r"(?:records?|documents?)\s+(?:\w+\s+){0,4}?(?:could(?:\s*not|n['\u2019]t)|can(?:\s*not|['\u2019]t))\s+be\s+"
    r"(?:found|located)\b"
    r"(?!\s+(?:without|unless|until)\b)|"
    # ... and one record: "the public record does not exist under the name given by you" (Michigan's words)
    # (not the disclaimer that goes with a refusal to confirm or deny: "This should not be taken as an indication that
    # records do or do not exist")
    r"(?:records?|documents?)\s+"
    r"(?:\w+\s+){0,4}(?<!\bor\s)(?:do|does|did)(?:\s+not|n't)\s+exist|\bsearch\w*\s+(?:\w+\s+){0,8}(?:was|were|proved|came\s+back)\s+"
    r"negative|\bnegative\s+(?:search|results?)\b|(?:found|located|identified)\s+nothing\s+(?:responsive|"
    r"relevant|that)|"
    # ... and "turned up" or "uncovered" after a search told at length: "staff searched the OSHA Information System
    # and the Area Office file room and turned up nothing that answers your request" (not "nothing new", nor "nothing
    # that was not already released to you")
    r"\b(?:turned\s+up|uncovered)\s+nothing\s+(?:responsive|relevant|that\s+(?:answers|responds|matches|fits|"
    r"is\s+responsive|relates|pertains))\b|"
    # No office searched found any: "neither office maintains any records matching your description", "neither ERO
    # nor HSI located any responsive records", "none of them found any records" (not "none of the records located has
    # information that is exempt", nor "neither office withheld any records")
    r"\b(?:neither|none)\b(?:\s+of)?\s+(?:(?!(?:records?|documents?|pages?|information|files?)\b)[\w'\u2019.-]+\s+){0,8}?"
    r"(?:maintains?|has|have|holds?|possess(?:es)?|keeps?|located|found|identified|returned|yielded|produced|"
    r"turned\s+up|uncovered)\s+(?:any\s+)?(?:\w+\s+){0,2}(?:records|documents|information)\b|"
    # "There are therefore no records to provide in response to your request"
    r"there\s+are\s+(?:(?:therefore|thus|accordingly|consequently|simply)\s+)?no\s+(?:\w+\s+){0,2}records|"
    # ... and whatever the records are called, several at once: "and so there are no working papers, notes or drafts
    # to provide", "there were no invoices or purchase orders to release" (not "no further records to provide", nor
    # "no records to produce until the fee is paid")
    # ... and the office as the one that has none: "Accordingly, we have no records to provide to you", "we had no
    # responsive documents to release" (not "we have no further records to provide", nor "you have no records to send")
    r"(?:\bthere\s+(?:are|were)|\bwe\s+(?:have|had))\s+(?:(?:therefore|thus|accordingly|consequently|simply)\s+)?no\s+"
    r"(?!(?:further|additional|more|other|remaining|new)\b)(?:[\w-]+,?\s+){1,6}?to\s+(?:provide|produce|release|"
    r"disclose|send|give\s+you)\b(?![^.;]*\b(?:until|unless|before|yet|if|at\s+(?:this|present|the\s+moment)|now|"
    r"currently)\b)|"
    # The record asked for held by no office searched: "neither department has in its possession any contract with
    # that firm", "the City does not have in its custody any report of that kind" (not "no record of your payment",
    # nor "neither party has any objection")
    r"(?:\bneither\s+(?:[\w'-]+\s+){1,4}?(?:has|have|had|keeps?|maintains?|holds?|possess(?:es)?)|\b(?:does|do|did)\s+"
    r"not\s+(?:have|keep|hold|maintain))\s+(?:in\s+(?:its|their|our)\s+(?:possession|custody|files)\s+)?any\s+"
    r"(?:[\w-]+\s+){0,2}?(?:records?|documents?|contracts?|reports?|files?|e-?mails?|videos?|recordings?|footage|"
    r"photographs?|data)\b(?!\s+of\s+(?:your|the|a|an)\s+(?:\w+\s+)?(?:request|payment|appeal|check|correspondence|"
    r"letter)\b)|"
    # ... and one record: "accordingly, there is no public record to provide" (not "there is no record of your
    # payment", nor "no record to provide until ..." or "at this time")
    r"\bthere\s+(?:is|was)\s+(?:(?:therefore|thus|accordingly|consequently|simply)\s+)?no\s+(?:\w+\s+){0,2}"
    r"(?:record|document)\s+to\s+(?:provide|produce|release|disclose|send|give\s+you)\b"
    r"(?![^.;]*\b(?:until|unless|before|yet|if|at\s+(?:this|present|the\s+moment)|now|currently)\b)|"
    # "so the Department has nothing to produce in response to your request", "there is nothing to provide" (not
    # "nothing further to produce", nor "nothing to produce until the fee is paid")
    r"\b(?:has|have|had|there\s+is|there\s+was)\s+(?:(?:therefore|thus|accordingly|consequently|simply)\s+)?"
    r"nothing\s+to\s+(?:produce|provide|release|disclose|send|give\s+you)\b(?![^.;]*\b(?:until|unless|before|yet|if)\b)|"
    # Texas speaks of information: "The Sheriff's Office has no information responsive to your request", "we have
    # no responsive records"
    r"\b(?:has|have|had)\s+no\s+(?:(?:records|documents|information|data)\s+(?:that\s+(?:is|are|would\s+be)\s+)?"
    r"responsive|responsive\s+(?:records|documents|information|data))\b|"
    # ... or records "that respond to" it: "The Department has no records that respond to your request", "we have no
    # documents which relate to the request" (not the requester's, nor "no records that respond to your request
    # other than those enclosed")
    r"(?<!\byou\s)\b(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:records|documents|information|data)\s+(?:that|which)\s+"
    r"(?:respond|answer|correspond|relate|pertain)s?\s+to\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?request\b"
    r"(?![^.;]*\b(?:other\s+than|except|besides|beyond|apart\s+from)\b)|"
    # ... and no record of any of the things asked for: "The Police Department has no record of any calls for service
    # at that address" (not "no record of any payment", "of a prior request", "of your appeal")
    r"(?<!\byou\s)\b(?:has|have|had|found|located|keeps?|maintains?)\s+no\s+records?\s+of\s+(?:any|an?)\s+"
    r"(?!(?:\w+\s+)?(?:payments?|requests?|appeals?|correspondence|letters?|responses?|checks?|fees?|repl(?:y|ies)|"
    r"e-?mails?|messages?|prior|previous|earlier|other|such\s+request)\b)|"
    # ... or none that fits what was asked: "The Sheriff's Office has no records that match your request" (not "has no
    # records that match your payment", nor "has no record of your request")
    r"\b(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:records|documents|information|data)\s+(?:that|which)\s+"
    r"(?:match|matches|fit|fits|meet|meets|correspond|corresponds)\s+(?:to\s+)?(?:your|the|this)\s+(?:\w+\s+){0,3}?"
    r"(?:request|description|criteria|search)\b|"
    # ... or a search for records that found none of them, the records left unsaid: "We conducted a search for records
    # responsive to your request, but we could not find any", "searched the files and located none" (not "could not
    # find any fee waiver justification", nor "could not find any records other than those enclosed")
    r"\b(?:search\w*|looked)\s+(?:\w+\s+){0,3}?for\s+(?:any\s+)?(?:\w+\s+){0,2}?(?:records|documents)\b[^.;]*?\b"
    r"(?:(?:could|did|were|was)\s*(?:not|n't|n\u2019t)\s+(?:able\s+to\s+)?|(?:were|was)\s+unable\s+to\s+)"
    r"(?:find|locate|identify)\s+any(?:thing)?\s*(?:[.;]|$)|"
    r"\b(?:search\w*|looked)\s+(?:\w+\s+){0,3}?for\s+(?:any\s+)?(?:\w+\s+){0,2}?(?:records|documents)\b[^.;]*?\b"
    r"(?:found|located|identified)\s+none\b(?!\s+(?:other|besides|beyond|except|apart)\b)|"
    # ... the search its subject: "the search found none", "Our searches located none" (not "located none other than
    # those released"); or "none" the records a search looked for, in a clause after it: "The Office searched its files
    # for the records you described, but none were located", "We searched for responsive e-mails; none could be found"
    r"\bsearch\w*\s+(?:\w+\s+){0,3}?(?:found|located|identified|turned\s+up|returned|yielded)\s+none\b"
    r"(?!\s+(?:other|besides|beyond|except|apart)\b)|"
    r"\b(?:search\w*|looked)\b[^.]*?\b(?:records?|documents?|files|materials?|e-?mails|information)\b[^.]*?"
    r"(?:[,;:]\s*|\b(?:but|however|and)\s+)none\s+(?:(?:were|was|could\s+be|has\s+been|have\s+been)\s+"
    r"(?:located|found|identified)|turned\s+up|exists?)\b(?!\s+(?:other|besides|beyond|except|apart)\b)|"
    # A search by several offices that all came back empty: "Neither office was able to find any documents that respond
    # to your request", "None of the components were able to locate any responsive records" (not "neither office was
    # able to find any records other than those enclosed", nor a time to come: "if neither office is able to ...")
    r"\b(?:neither|none)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:was|were)\s+"
    r"able\s+to\s+(?:locate|find|identify|uncover)\s+any\s+(?:\w+\s+){0,2}(?:records|documents|information)\b"
    r"(?![^.;]*\b(?:other\s+than|except|besides|beyond|apart\s+from)\b)|"
    # "the Department has determined that it has no such records in its custody", "we have no such documents" (not
    # the requester's, nor "if we have no such records", nor "no such records other than those enclosed")
    r"(?<!\byou\s)(?<!\bif\swe\s)(?<!\bif\sit\s)\b(?:has|have|had)\s+no\s+such\s+(?:records|documents)\b"
    r"(?![^.;]*\b(?:other\s+than|except|besides|beyond|apart\s+from|until|unless)\b)|"
    # "staff searched ... and did not locate anything that answers your request" (not "anything new", nor "anything
    # that was not already released to you")
    r"\b(?:did|could)(?:\s+not|n't)\s+(?:locate|find|turn\s+up|uncover|identify)\s+anything\s+(?:responsive|relevant|"
    r"that\s+(?:answers|responds|matches|fits|is\s+responsive|relates|pertains))\b|"
    # A search's tool that gave back nothing: "The Office of the General Counsel's case management system returned no
    # entries for your local", "the database query yielded zero results", "our search of the index produced no hits"
    # (not "if the search returns no results", nor "returned no entries other than those enclosed")
    r"(?<!\bif\s)(?<!\bwhen\s)\b(?:system|database|search(?:es)?|quer(?:y|ies)|index|indices|log|logs|registry|"
    r"docket)\s+(?:\w+\s+){0,2}?(?:returned|yielded|produced|showed|gave|brought\s+back)\s+(?:no|zero|0)\s+"
    r"(?:\w+\s+)?(?:entries|results|matches|hits|records|documents|items)\b"
    r"(?![^.;]*\b(?:other\s+than|except|besides|beyond|apart\s+from)\b)|"
    # ... and the paper files that had nothing: "those binders held nothing on the matter", "the boxes contained
    # nothing responsive to your request" (not "held nothing back", a release in full)
    r"\b(?:binders|files|boxes|folders|cabinets|records|archives)\s+(?:\w+\s+)?(?:held|contained|had|hold|contain)\s+"
    r"nothing\s+(?:on\s+(?:the|this|that|your)\b|about\b|responsive\b|relevant\b|relating\b|concerning\b|"
    r"that\s+(?:answers|responds|matches|fits|relates))", IC)
# The records asked for destroyed, said on its own: what a letter that also says "No other records responsive to your
# request exist" (after one found and given out before) means by finding nothing now.
RECORDS_DESTROYED = re.compile(_DESTROYED, IC)
# The request itself, not the search, failing to name records, told just before the words a no-records answer uses:
# "your request, which sought "all documents about the Pemberton landfill," did not identify specific government
# records", "Your request does not identify any records" (New Jersey's OPRA formula for a request too broad: a question
# to the requester, not a search that found nothing).
REQUEST_NAMED_NO_RECORDS = re.compile(r"\byour\s+(?:[\w()/-]+\s+){0,3}?request\b"
                                      r"(?:\s*,[^;]{0,200}?,[\"'\u201d\u2019]?)?\s*$", IC)
# ... also the request as the subject of another verb joined to the one that names no records (REQUEST_FAILS_TO_NAME
# after it), told just before it: "Because your request asks questions and does not identify records, it is not a
# request for public records", "Your letter asks several questions but does not identify any records" (not the object
# of a search: "We searched for the records your request describes and did not identify any records", nor a new
# subject: "Your request was reviewed and there were no records found").
REQUEST_JOINED_VERB = re.compile(r"(?:^|[,;:]\s*|\b(?:because|since|as|although|while|where|that)\s+)your\s+"
                                 r"(?:[\w()/-]+\s+){0,3}?(?:request|letter|e-?mail|correspondence|inquiry|submission)\s+"
                                 r"(?:[\w'-]+\s+){1,4}?(?:and|but)\s+$", IC)
REQUEST_FAILS_TO_NAME = re.compile(r"(?:does|did|do)(?:\s+not|n't)\s+(?:identify|name|describe|specify)\b", IC)
# What the law does not make an office do, said just before the records it speaks of: "the Public Records Act does not
# require the Department to create records that do not exist", "An agency shall not be required to produce records if
# such records did not exist at the time of the request", "we need not compile documents that do not exist" (a rule,
# not what the search found; "we searched, and the records you describe do not exist" is a finding).
NO_DUTY_TO_CREATE = re.compile(r"\b(?:(?:does|do|did)(?:\s+not|n['\u2019]t)\s+(?:require|obligate|oblige|compel)|"
                               r"(?:not|never)\s+(?:be\s+)?(?:required|obliged|obligated|compelled)|need\s+not|"
                               # ... in the statute's own formula: "Nothing in the California Public Records Act shall
                               # be construed to require the City to create records that do not exist", "This article
                               # shall not be construed to require agencies to prepare ..." (not "shall be construed")
                               r"(?:\bnothing\b[^.;]*?\b(?:shall|will|may|is\s+to)|(?:shall|will|may)\s+not)\s+be\s+"
                               r"(?:construed|interpreted|read|deemed)\s+(?:to|as)\s+(?:require|requiring|obligate|"
                               r"obligating|compel|compelling)|"
                               r"(?:no|any)\s+(?:duty|obligation|requirement))\b[^.;]*?\b(?:create|compile|generate|"
                               r"prepare|produce|make|recreate|assemble)\s+(?:(?:any|new|a|such)\s+)?$", IC)
# Nothing found but what was sent before: "located none other than those already released", "no records except those
# enclosed" (some were found).
NONE_BUT_THOSE = re.compile(r"\b(?:other\s+than|except(?:\s+for)?|besides|apart\s+from)\s+(?:those|the|what|ones?|"
                            r"records?|documents?|pages?|that|these|this)\b", IC)
# A sentence that introduces the request's own words set out after it: "You asked for:", "Your request seeks the
# following:", "The request reads as follows:", "Specifically, you requested:" (the words quoted after it are the
# requester's, not the agency's).
REQUEST_QUOTED_NEXT = re.compile(r"^(?=[^.;]*\b(?:you|your|requester|requestor|request)\b)[^.;]*\b(?:asked|ask|"
                                 r"requested|requests?|seek|seeks|sought|seeking|wrote|write|writes|reads?|described|describes|"
                                 r"stated|states|worded|as\s+follows)\b[^.;]*:\s*$", IC)
# ... or that opens the quotation itself, the request's words run on to the sentence's end: 'You requested "copies of
# the wetland easement violation case files ..., with landowner personal information redacted."', 'Your request sought
# "all inspection reports ..."' (an introduction without a date or a number: "Your request, received on October 27,
# sought ..." tells the day received).
REQUEST_QUOTED_HERE = re.compile(r"^\W*(?:you|your\s+(?:[\w-]+\s+){0,3}?(?:request|letter|e-?mail|message)|the\s+"
                                 r"(?:[\w-]+\s+){0,3}?request)\s+(?:[a-z]+\s+){0,2}?(?:asked\s+for|asks\s+for|"
                                 r"requested|requests|sought|seeks|seeking|reads|read|stated|states)\s*:?\s*"
                                 # ("You requested the following records: "All Division of Police ...")
                                 r"(?:the\s+following(?:\s+(?:records?|documents?|information|items?|materials?|"
                                 r"data))?\s*:?\s*)?[\"\u201c]", IC)
# ... and the quotation itself, whole sentences set between quotation marks (one or several in a row).
QUOTE_OPENS = re.compile(r"^\s*[\"\u201c]")
QUOTE_CLOSES = re.compile(r"[\"\u201d]\W*$")
# The requester's own words, recited: "You state that you have no such records", "You claim that the Department has no
# records of the stop" (not the agency's finding).
REQUESTER_SAYS = re.compile(r"^\W*(?:you|your\s+(?:\w+\s+)?(?:letter|request|appeal|e-?mail|message))\s+(?:also\s+)?"
                            r"(?:state|stated|states|say|said|says|assert|asserted|asserts|claim|claimed|claims|contend|"
                            r"contended|contends|allege|alleged|alleges|write|wrote|writes|suggest|suggested|suggests|"
                            r"believe|believed|argue|argued|argues|note|noted|notes|mention|mentioned|indicate|indicated|"
                            r"indicates)\b", IC)
# What an agency "is providing" that is no record: "we are providing you with a reasonable estimate of the time we
# will require", "we are providing this notice", "we are enclosing a status update" (but "the status reports you
# requested" are records).
NOT_RECORDS_GIVEN = (r"(?!\s+(?:you\s+)?(?:with\s+)?(?:(?:a|an|the|our|this|its|some|further)\s+)?(?:\w+\s+){0,2}?"
                     r"(?:estimates?|updates?|notice|notification|status|explanation|opportunity|acknowledge?ment|"
                     r"timeline|instructions|guidance|contact\s+information)\b"
                     r"(?!\s+(?:reports?|records?|logs?|files?|documents?|sheets?|forms?)\b))"
                     # ... nor the letter itself: "We are providing this letter to let you know that ..."
                     r"(?!\s+(?:you\s+)?(?:with\s+)?(?:this|our)\s+(?:\w+\s+)?letter\b)")
# A case or item named inside a sentence by its abbreviated label ("the investigative file in Item No. 26-48211"),
# so that the words between a request and its decision may hold it.
CASE_NO = r"(?:No|Nos|no)\.|#[\w-]+"
# "The agency is denying access to all of the records you requested", "The Department denies access to the
# requested records": all of them refused. Not a rule ("an agency may deny access to records that ...") nor a part.
DENY_ACCESS = (r"(?<!may\s)(?<!can\s)(?<!to\s)(?<!not\s)(?<!might\s)(?<!will\s)(?<!or\s)(?<!would\s)(?<!could\s)"
               r"(?<!shall\s)(?<!should\s)\b(?:deny|denies|denying)\s+"
               r"(?:you\s+)?access\s+to\s+(?:all\s+(?:of\s+)?)?(?:the|these|those|your)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:records?|documents?|information|files?|data|reports?)\b"
               r"(?![^.;]*\b(?:in\s+part|portions?|partially)\b)")
# Records refused in plain words: Social Security's "We cannot give you the information you requested."; "We are
# therefore unable to provide the data at this time", "HCSO cannot provide you with access to these data at this time",
# "the Department cannot make them available to you at this time".
# Not what waits on something ("... until you pay", "Without a date range, we cannot provide the records", "within the
# time allowed") nor "yet".
# ... and access that cannot be granted: "We are not able to grant access to the investigative files you requested"
# (not access held back "pending the payment of the fee").
# (The lookahead after "^" only lets a line through that has "not" or "unable" somewhere after it: every match below
# holds one of the five required words, "cannot", "can not", "unable", "not able", "will not", all of which contain
# "not" or "unable" (compiled with the same flags), so no match is lost or changed; a lookahead consumes nothing and
# captures nothing. Without it the clause scans below ran over every line of every sentence: 1 ms a sentence.)
CANNOT_PROVIDE = (r"^(?=(?s:.)*?(?:not|unable))"
                  r"(?!(?:[^.;]|" + CITATION_DOT + r")*\b(?:without|absent|unless|until|if|before|pending)\b)"
                  r"(?:[^.;]|" + CITATION_DOT + r")*?"
                  r"\b(?:cannot|can\s+not|(?:are|is|am)\s+" + DECIDING_ADVERBS + r"(?:unable|not\s+able)\s+to|"
                  r"will\s+not)\s+"
                  # ... or in the progressive: "we will not be releasing the video", "we won't be providing any of it"
                  r"(?:be\s+(?=(?:giv|provid|releas|disclos|send)ing\b))?"
                  r"(?:(?:(?:give|provide|release|disclose|send|(?:giv|provid|releas|disclos|send)ing)\s+(?:you\s+)?"
                  r"(?:with\s+)?(?:access\s+to\s+)?|"
                  r"(?:grant|allow|permit)\s+(?:you\s+)?access\s+to\s+)"
                  # ... or the record by its kind: "SCDPS is unable to release the collision reconstruction report"
                  # (named at some length: "the body-worn camera video")
                  # (or by what it is: "the draft contract memo", "these e-mails", "the officer's statements")
                  r"(?:(?:the|this|these|those|any)\s+(?:[\w'-]+\s+){0,3}(?:information|records|documents|files|data|"
                  r"reports?|videos?|recordings?|footage|photo(?:graph)?s?|memos?|memorand(?:um|a)|e-?mails?|"
                  r"correspondence|contracts?|logs?|notes|statements?|minutes)\b|"
                  # ... and the data a clause before named: "and the Department is not able to release any of it"
                  # ... or "any part of it": "the Department will not release any part of it at this time"
                  r"any\s+(?:(?:part|portion|piece)\s+)?of\s+(?:it|them)\b)|"
                  # "the Department cannot make them available to you at this time", "will not make the video
                  # available"
                  r"make\s+(?:them|(?:the|this|these|those|any)\s+(?:\w+\s+){0,2}(?:information|records|documents|files|"
                  r"data|videos?|recordings?|footage|reports?))\s+(?:publicly\s+)?available\b)"
                  # ... nor a time it cannot be met by: "cannot make the records available by the end of the fifth
                  # business day after receipt"
                  # ... nor at once: "The Department is not able to make the requested records available
                  # immediately" (New Hampshire's RSA 91-A:4, IV(b): time is needed, nothing is refused)
                  # ... nor any sooner: "filing a suit won't make the information available sooner" (the IRS's
                  # extension letter)
                  r"(?![^.;]*\b(?:until|unless|before|within|yet|in\s+time|timely|pending|immediately|right\s+away|at\s+once|"
                  r"(?:any\s+)?(?:sooner|faster|quicker|more\s+quickly)|"
                  r"without\s+(?:payment|your\s+"
                  r"(?:payment|agreement))|by\s+the\s+(?:end|close)|by\s+(?:the|its|that|this)\s+(?:\w+\s+)?(?:deadline|"
                  r"due\s+date)|"
                  # ... or a day named: "We are unable to provide the requested information by December 4, 2026, which
                  # is the 20 business day period allowed by law" (the IRS's extension letter)
                  # (or "by 4 December 2026", "by 12/04/2026", any way the day is written)
                  r"by\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                  rf"nov|dec)[a-z]*\.?\s+\d|{A_DATE}))\b)")
# The same refusal said of the records: "The footage ... will not be provided", "These reports cannot be released",
# "and it will not be disclosed" (the records or the one record a clause before named). Not what waits on something
# ("will not be released until the fee is paid"), a rule ("records that cannot be released are ..."), a condition, a
# part ("will not be provided in full", "portions of the report will not be released", "some of the records") nor a
# form or a format ("will not be provided in paper").
# (The lookahead after "^": every match holds "will not", "cannot", "can not" or "shall not", all with "not" in them, so
# a line with no "not" after its start cannot match; the lookahead consumes and captures nothing: same matches,
# without scanning each line's clauses for nothing.)
NOT_TO_BE_PROVIDED = (r"^(?=(?s:.)*?not)"
                      r"(?!(?:[^.;]|" + CITATION_DOT + r")*\b(?:without|absent|unless|until|if|before|pending|whether|"
                      r"portions?|certain|redact\w*|excerpts?)\b)"
                      r"(?:[^.;]|" + CITATION_DOT + r")*?"
                      r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bof\s)(?:\b(?:it|they)|\b(?:the|this|these|those|all|such)\s+"
                      r"(?:[\w'-]+\s+){0,3}?"
                      r"(?:records?|documents?|files?|reports?|videos?|recordings?|footage|photographs?|data|materials?))"
                      r"\s+(?:will\s+not|cannot|can\s+not|shall\s+not)\s+be\s+(?:provided|released|produced|disclosed|"
                      r"furnished|made\s+(?:publicly\s+)?available)\b"
                      r"(?![^.;]*\b(?:until|unless|before|within|yet|pending|in\s+(?:full|part|paper|electronic|the\s+format)|"
                      r"format|portions?|partially|by\s+(?:today|tomorrow|the\s+(?:[\w-]+\s+){0,2}?(?:working|business|"
                      r"calendar)\s+day))\b)")
# No records to be given, said as the end of what the sentence before or the sentence itself withholds: "active
# criminal investigative information is exempt from public disclosure. Accordingly, no records will be released at this
# time.", "none of the recordings can be disclosed" (understand reads it as a denial only beside such a withholding:
# "your request has been withdrawn ... No records will be produced" closes a request withdrawn); not one that waits, "no
# records will be released until the fee is paid", nor a part, "no other records", "no portion can be released without
# ...", nor what no segregating could free, "no reasonably segregable information could be released from them".
NONE_TO_BE_RELEASED = re.compile(
    r"^(?!" + IN_SENTENCE + r"*\b(?:until|unless|before|pending|if|without|absent|once|after|whether|segregabl[ey]|"
    r"segregated)\b)" + IN_SENTENCE + r"*?"
    r"(?:\bno\s+(?!(?:other|additional|further|more|new|such)\b)(?:[\w'-]+\s+){0,2}?|\bnone\s+of\s+(?:the|these|those)\s+"
    r"(?:[\w'-]+\s+){0,2}?)(?:records|documents|files|reports|videos|recordings|footage|photographs|data|materials|"
    r"information)\s+(?:will|can|shall|may|could)\s+(?:now\s+)?be\s+(?:provided|released|produced|disclosed|furnished|"
    r"made\s+(?:publicly\s+)?available)\b", IC)
# "The City must decline to provide these records", "we respectfully decline your request": all of them refused.
# Not a rule ("an agency may decline to provide records that ..."), a part ("declines to release portions"), or a
# refusal for now ("declines to provide the records until the fee is paid").
# ... after the law it declines under: "Pursuant to 51 O.S. § 24A.8(B), the Department declines to release these records
# at this time".
# (The lookahead after "^": every match holds "declines", "decline" or "declining", so a line with no "declin" after
# its start cannot match; the lookahead consumes and captures nothing: same matches, without scanning each line's
# clauses for nothing.)
DECLINE_TO_PROVIDE = (r"^(?=(?s:.)*?declin)"
                      r"(?!" + IN_CITING_SENTENCE + r"*\b(?:if|whether|should|unless|when)\s+(?:[\w.'-]+\s+){0,4}"
                      r"declin)" + IN_CITING_SENTENCE + r"*?"
                      r"(?<!may\s)(?<!can\s)(?<!not\s)(?<!might\s)(?<!could\s)(?<!would\s)"
                      r"\b(?:declines?|declining)\s+(?:to\s+(?:provide|produce|release|disclose|furnish)\s+"
                      r"(?:you\s+(?:with\s+)?)?(?:all\s+(?:of\s+)?)?(?:the|these|those|this|your|any)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:records?|documents?|information|files?|reports?|materials?)\b|(?:your|the|this)\s+request\b)"
                      r"(?![^.;]*\b(?:in\s+part|portions?|partially|until|unless|before|format)\b)")
# The request refused outright by the office that cannot grant it: "After careful review, DNREC cannot grant your
# request for any of these records", "The Department is unable to grant your request" (not a fee waiver or expedition
# so refused, not a part ("in part", "in full", "portions"), nor a refusal that waits on something: "until you pay";
# nor one only within a time: New York's "The Town cannot grant your request within 20 business days of our
# acknowledgement", the answer put off, not refused).
REQUEST_NOT_GRANTED = (r"^(?![^.;]*\b(?:if|unless|until|without|absent|before|pending|whether|when|once)\b)[^.;]*?"
                       r"\b(?:cannot|can\s+not|(?:are|is|am)\s+" + DECIDING_ADVERBS + r"(?:unable|not\s+able)\s+to|"
                       r"must\s+not|will\s+not)\s+grant\s+(?:your|the|this)\s+(?:[\w()/-]+\s+){0,4}?request\b"
                       r"(?![^.;]*\b(?:fee|fees|waiv\w*|expedit\w*|in\s+(?:full|part)|portions?|partially|some\s+of|"
                       r"part\s+of|reduc\w*|within\s+(?:[\w()-]+\s+){1,4}?days)\b)")
# A refusal to confirm or deny that records exist (a "Glomar" response), in the agencies' several words: "can neither
# confirm nor deny", "declines to confirm or deny", "will not say whether or not such records exist", "cannot
# acknowledge whether any responsive records exist" (not a search still running: "we cannot say whether records exist
# until the search is complete").
# ... and said of the office or the letter in the present, "the Criminal Division neither confirms nor denies the
# existence of such records", "we are neither confirming nor denying the existence or nonexistence of such records"
# (not the past, "the FBI neither confirmed nor denied", which recalls an earlier answer).
GLOMAR_WORDS = (r"neither\s+(?:confirm\s+nor\s+deny|confirms\s+nor\s+denies|confirming\s+nor\s+denying)\b|"
                r"(?:(?:can|will|shall|must|does|do|may)\s*not|cannot|won't|declines?\s+to|declined\s+to|refuses?\s+to|"
                r"(?:is|are)\s+unable\s+to)\s+(?:either\s+)?(?:confirm\s+or\s+deny|"
                r"(?:say|state|disclose|reveal|indicate|acknowledge|confirm)\s+whether\s+(?:or\s+not\s+)?(?:\w+\s+){0,6}?"
                r"(?:records?|documents?|files?|information)\s+(?:\w+\s+){0,4}?(?:exists?|are\s+held|is\s+held)\b"
                r"(?:\s+or\s+not)?)(?![^.;]*\b(?:until|yet|before|at\s+this\s+(?:time|stage))\b)")
# The letter called what it is, a denial in part: "This constitutes a partial denial of your request in accordance with
# IC 5-14-3-9", "this letter serves as a partial denial of your records request", "This is a partial denial of the
# request" (not an appeal of it: "your appeal of the Department's partial denial of your request").
LETTER_IS_PARTIAL_DENIAL = (r"\b(?:constitutes?|(?:this|it)\s+is|serves?\s+as)\s+(?:a|the\s+\w+(?:'s|\u2019s))\s+"
                            r"partial\s+denial\s+of\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?request\b")
# What is enclosed that is no record: an explanation of the exemptions, the appeal rights, the fee schedule, the
# regulations, the requester's own request or an earlier letter, a form or an invoice ("Enclosed are copies of the
# Department's FOIA regulations and fee schedule", "Attached are documents explaining the exemptions and your appeal
# rights", "Enclosed for your information is a copy of the Explanation of Exemptions"), where nothing in the clause
# names records ("Enclosed are the responsive records and an explanation of the exemptions" sends records).
# What the records will cost, set out: "this itemized statement of estimated charges" (Texas's Gov't Code § 552.2615),
# "a cost estimate", "an estimate of the fees", and the itemized statement, estimate or bill named alone, its charges
# given in the heading or the lines below ("we are providing you this itemized statement", "an itemised estimate";
# not a statement of another kind: "a statement of the reasons", "the statement you gave the officer").
_CHARGES_WORD = (r"(?:itemi[sz]ed\s+)?statement\s+of\s+(?:the\s+)?(?:estimated\s+)?(?:charges|costs|fees)|"
                 r"itemi[sz]ed\s+(?:cost\s+|fee\s+)?(?:statement|estimate|bill|invoice)|"
                 r"(?:cost|fee)\s+estimate|estimate\s+of\s+(?:the\s+)?(?:charges|costs|fees)")
_NOT_RECORDS_SENT_WORD = (r"\b(?:(?:explanations?|descriptions?|summar(?:y|ies)|lists?|key|definitions?|glossary)\s+"
                          r"of\s+(?:the\s+|each\s+|all\s+|our\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:exemptions?|codes|rights|fees|"
                          r"fee\s+categories|charges|procedures)|"
                          r"(?:explaining|describing|listing|outlining|summari[sz]ing|setting\s+(?:out|forth)|defining)\s+"
                          r"(?:the\s+|each\s+|your\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:exemptions?|rights|fees|"
                          r"fee\s+categories|charges|procedures|process)|"
                          r"explanation\s+of\s+exemptions|(?:foia|statutory)\s+exemptions|appeal\s+rights|"
                          r"rights\s+(?:of|to)\s+appeal|fee\s+schedule|schedule\s+of\s+(?:fees|charges)|fee\s+categor\w+|"
                          r"(?:foia|privacy\s+act|public\s+records)\s+regulations|regulations\s+(?:at|under|implementing)|"
                          r"your\s+(?:original\s+|initial\s+)?(?:foia\s+|records?\s+)?request|"
                          r"(?:our|the|my)\s+(?:[\w-]+\s+)?acknowledge?ment(?:\s+letter)?|invoice|addend(?:um|a)|"
                          r"certification\s+of\s+identity|(?:privacy\s+)?(?:waiver|consent|authori[sz]ation)\s+form|"
                          + _CHARGES_WORD + r")\b")
_RECORDS_SENT_WORD = (r"\b(?:records|responsive|e-?mails|reports|photographs|videos|footage|recordings|pages\s+of|"
                      r"(?:documents|files|materials)\s+(?:you\s+(?:requested|asked|sought)|responsive|located|found))\b")
# ... and what is given being only what the records will cost: "the City is providing you with this itemized statement
# of estimated charges".
SENDS_CHARGES_ONLY = re.compile(rf"^(?!.*{_RECORDS_SENT_WORD}).*\b(?:{_CHARGES_WORD})\b", re.IGNORECASE | re.DOTALL)
# ... or only when the answer will come: "we are providing a good faith, nonbinding estimate of the time within which
# UMS will comply with your request" (1 M.R.S. § 408-A(3)), "we are providing you with an estimated date of completion"
# (not records with it: "we are providing the records and an estimate of the time for the rest").
SENDS_TIME_ESTIMATE_ONLY = re.compile(rf"^(?!.*{_RECORDS_SENT_WORD}).*\b(?:estimate\s+of\s+(?:the\s+)?(?:time|date)|"
                                      r"(?:time|completion)\s+estimate|estimated\s+(?:time|date)\s+(?:of|for)\s+"
                                      r"(?:completion|response|compliance))\b", re.IGNORECASE | re.DOTALL)
SENDS_NO_RECORDS = re.compile(rf"^(?!.*{_RECORDS_SENT_WORD}).*{_NOT_RECORDS_SENT_WORD}", re.IGNORECASE | re.DOTALL)
# "records" as the thing sent, not the word in the name of a law, a request or an office: "Public Records Act",
# "records request", "Records Center", "Records Unit".
_RECORDS_NOT_A_NAME = (r"records(?!\s+(?:act|law|requests?|center|centre|portal|unit|office|officer|division|section|"
                       r"bureau|custodian|clerk|management)\b)")
ENCLOSED_NOT_RECORDS = (rf"(?!(?:(?!{_RECORDS_SENT_WORD})[^.;])*?{_NOT_RECORDS_SENT_WORD}"
                        rf"(?:(?!{_RECORDS_SENT_WORD})[^.;])*(?:[.;]|$))")
# Records kept back, said in the passive progressive with the reason they are exempt: "They aren't being released
# because they're exempt under Exemption 7(A)", "The video is not being disclosed, as it is part of an open
# investigation" (not what waits: "are not being released until the fee is paid").
# (the verb and the start of its reason, shared with ALL_WITHHELD_ENTIRELY's reading of the pages)
NOT_BEING_RELEASED_FOR = (r"(?:are|is)\s+not\s+being\s+(?:released|disclosed|provided|produced)\b,?\s+"
                          r"(?:because|as|since)\b(?![^.;]*\b(?:until|pending|unless)\b)")
NOT_BEING_RELEASED = (r"\b(?:they|these|those|it|(?:the|these|those)\s+(?:[\w'-]+\s+){0,3}?(?:records?|documents?|"
                      r"files?|pages|reports?|videos?|recordings?|footage|photo(?:graph)?s?|e-?mails?|memos?|statements?))\s+"
                      + NOT_BEING_RELEASED_FOR +
                      r"[^.;]*?\b(?:exempt\w*|confidential|privileged|protected|open\s+(?:criminal\s+)?investigation|"
                      r"ongoing\s+(?:criminal\s+)?investigation|pending\s+(?:criminal\s+)?(?:investigation|litigation|"
                      r"prosecution))\b")
# A request refused only as it stands, to be revised: "denies your request as written", "as currently worded", "in its
# current form" (Ohio's R.C. 149.43(B)(2) denial of an ambiguous or overly broad request, with the chance to revise it).
_AS_WRITTEN = (r",?\s+(?:as\s+(?:(?:currently|presently|originally)\s+)?(?:written|submitted|worded|phrased|framed|"
               r"drafted|stated)|in\s+its\s+(?:current|present)\s+form)\b")
RELEASE = re.compile(
    # Every page going out: "Every page is attached to this message as you requested", "each page has been released"
    r"^\W*(?:every|each)\s+(?:single\s+)?page\s+(?:is|has\s+been|was)\s+(?:being\s+)?(?:attached|enclosed|provided|"
    r"released|produced)\b|"
    # What the search found, or a share of it, going out: "Some of what they found is being provided to you and some
    # is not", "All of what we located is enclosed", "What the Bureau found is released in part" (not "whether what we
    # found is released", nor what will be: "what we find will be provided")
    r"(?<!whether\s)(?<!if\s)\b(?:(?:some|all|most|much|part|none)\s+of\s+)?what\s+(?:\w+\s+){1,3}?(?:found|located|"
    r"identified|retrieved)\s+(?:is|are|has\s+been)\s+(?:now\s+)?(?:being\s+)?(?:provided|released|enclosed|"
    r"produced|disclosed|attached)\b|"
    # The records going with the letter: "copies of them accompany this letter", "the 18 pages accompany this
    # response", "copies of them are enclosed"
    r"\b(?:records?|documents?|pages|copies|files?|them)\s+(?:\w+\s+){0,4}?accompan(?:y|ies)\s+(?:this|our)\s+"
    r"(?:letter|response|e-?mail)\b|\bcopies\s+of\s+(?:them|these|those|it)\s+(?:are|is|have\s+been|has\s+been)\s+"
    r"(?:being\s+)?(?:enclosed|attached|provided|released)\b|"
    # The records a sentence before named, taken up by a pronoun: "..., and they are withheld in full under Exemption
    # 8", "All of them are released without redaction".
    # ... and a share of them, counted: "Twenty-three of them are provided to you with redactions"
    r"(?:(?<!if\s)(?<!whether\s)(?<!when\s)(?<!unless\s)(?<!once\s)\bthey|^\W*(?:these|those)|\b(?:all|each|both)\s+of\s+(?:them|these|those)|"
    rf"^\W*{COUNT}\s+of\s+(?:them|these|those))\s+(?:are|were|have\s+been)\s+"
    + DECIDING_ADVERBS + r"(?:being\s+)?(?:released|withheld|enclosed|provided|disclosed|produced|"
    r"attached)\s+(?:in\s+(?:full|part|(?:their|its)\s+entirety)|with(?:out)?\s+(?:\w+\s+)?redactions?|under|pursuant|"
    # "they are being provided with portions redacted", "... with some information withheld"
    r"with\s+(?:(?:some|certain|limited|their|its)\s+)?(?:portions?|parts?|information|material|text)\s+(?:\w+\s+)?"
    r"(?:redacted|withheld|excised|removed|blacked\s+out)|"
    r"to\s+you|herewith|because)"
    # ... not a release made before: "they were released to you in an earlier response"
    rf"(?![^.;]*{MADE_BEFORE})|"
    # ... and the one record a sentence named, joined by "and": "The document consists entirely of Sensitive Security
    # Information, and it is withheld in its entirety under Exemption 3" (not "if ..., it is withheld")
    r"(?:\band\s+|^\W*|;\s*)it\s+(?:is|was|has\s+been)\s+" + DECIDING_ADVERBS
    + r"(?:being\s+)?(?:released|withheld|enclosed|provided|disclosed|produced)\s+in\s+(?:full|part|its\s+entirety)|"
    # "the responsive document, consisting of 9 pages, is withheld in full"
    # ... and a record by its kind: "The draft is therefore withheld in its entirety", "the report is enclosed"
    r"(?:records?|documents?|pages|information|files?|materials?|portions|drafts?|reports?|memorand(?:um|a)|e-?mails?|"
    # ... its pages in brackets after it: "One document (12 pages) is released in part"
    r"videos?|recordings?|footage|photographs?|spreadsheets?)(?:\s*\(\s*[^()]{1,30}\))?"
    r"(?:,\s+[^.;,]{1,40},|,?\s+(?:which|that))?\s+"
    r"(?:\w+\s+){0,6}"
    r"(?:are|is|were|have\s+been|"
    # ("the requested records are being entirely withheld": the adverb of extent before the participle)
    r"being|has\s+been)\s+" + DECIDING_ADVERBS + r"(?:being\s+)?(?:(?:entirely|wholly|completely)\s+(?=withheld))?"
    r"(?:released|releasable|withheld|enclosed|provided|"
    r"disclosed|denied|produced|"
    r"attached|redacted|granted)|"
    # ... or judged fit to go out, in DoD's words: "the enclosed forty-seven (47) pages are appropriate for release in
    # part", "the documents are suitable for release in full", "the records have been reviewed and cleared for public
    # release" (not a condition or what is yet to be: "Once the records are cleared for public release, we will send
    # them", "Records that are appropriate for release will be posted", "whether the records are appropriate for
    # release")
    r"^(?![^.;]*\b(?:once|when|whether|if|until|unless|after|before|pending|will|would|may|can|could|should|must)\b)"
    r"[^.;]*?\b(?:records?|documents?|pages|information|files?|materials?|reports?)\s+(?:[\w(),-]+\s+){0,6}?"
    r"(?:are|is|were|have\s+been|has\s+been)\s+(?:[\w-]+\s+){0,2}?(?:appropriate|suitable|approved|cleared)\s+for\s+"
    r"(?:public\s+)?release\b|"
    # ... also contracted, as the IRS's plain-language letters say it: "We're releasing 41 pages in full and 9 pages in
    # part, and we're withholding 14 pages in full"
    # ... and with the adverb of a ruling followed: "The City is therefore releasing the responsive information, as
    # follows:", "we are accordingly releasing the remaining records"
    r"(?:are|am|is|have|(?<=')(?:re|m))\s+" + DECIDING_ADVERBS + r"(?:releasing|withholding|enclosing|providing|"
    r"granting|denying|producing|disclosing)" + NOT_RECORDS_GIVEN + r"|"
    # Records put where the requester can download them: "The documents are available for download in the Public
    # Records Center", "you may download them from the portal", "you can now download the records" (not an invoice or
    # a form, nor what waits on something: "once the fee is paid", "after payment", "when the review is complete")
    r"^(?![^.;]*\b(?:once|when|after|upon|until|unless|if|before|pending)\b)(?:[^.;]*?"
    # (their size set off between commas: "The released records, 42 pages in all, are available for download")
    r"\b(?:records?|documents?|pages|files|data|reports|they)\s*(?:,\s*[^.;,]{1,40},\s*|\s(?:\w+\s+){0,3}?)(?:are|is|"
    r"have\s+been|has\s+been)\s+(?:now\s+)?(?:available|ready)\s+(?:for\s+(?:you\s+to\s+)?download|to\s+(?:be\s+)?"
    r"download)|[^.;]*?\byou\s+"
    r"(?:may|can)\s+(?:now\s+)?download\s+(?:them|(?:the|these|those|all)\s+(?:[\w-]+\s+){0,2}?(?:records|documents|"
    r"files|pages|data|reports)))\b|"
    # Pages said to go to the requester, or held back from them: "Forty-one pages go to you untouched", "the records
    # are going out to you today", "we are holding back the other seven pages entirely" (not a fee "held back")
    r"\b(?:records?|documents?|pages|copies|files|reports)\s+(?:\w+\s+){0,2}?(?:go|goes|are\s+going)\s+(?:out\s+)?"
    r"to\s+you\b|\b(?:are|am|is|have|has)\s+(?:also\s+)?(?:holding|held|kept|keeping)\s+back\s+(?:the\s+|all\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:pages|records|documents|files|reports)\b|"
    # "We are sending you the first group of records": records sent (not a notice, an estimate or a form)
    r"\b(?:are|am|is)\s+(?:hereby\s+)?sending\s+you\s+(?:the|these|those|a|an|our)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:records|documents|pages|files|e-?mails)\b|"
    # (never the records in a law's or an office's name: "Attached please find correspondence regarding your California
    # Public Records Act request", a letter about the request)
    r"\b(?:enclosed|attached)\s+(?:are|is|please\s+find|you\s+will\s+find)\s+" + ENCLOSED_NOT_RECORDS
    + r"(?:[\w(),-]+\s+){0,6}(?:" + _RECORDS_NOT_A_NAME + r"|documents|pages|copies|material|responsive|files|emails|"
    r"e-mails)|"
    # "The 14 responsive pages accompany this letter" (not "a copy of our fee schedule accompanies this letter")
    r"\b(?:records?|documents?|pages|files|data|reports)\s+(?:\w+\s+){0,3}?accompan(?:y|ies)\s+(?:this|the|our)\s+"
    r"(?:letter|response|e-?mail|message|correspondence|reply)\b|"
    # ... the other way round, and of data too: "Please find attached the public data responsive to your request"
    r"\bplease\s+find\s+(?:attached|enclosed)\s+" + ENCLOSED_NOT_RECORDS + r"(?:[\w(),-]+\s+){0,6}?(?:"
    + _RECORDS_NOT_A_NAME + r"|documents|pages|material|"
    r"responsive|files|e-?mails|data|reports)\b|"
    r"(?:grant|deny|denied|granted)\s+(?:\w+\s+){0,3}(?:your\s+)?request\s+in\s+(?:full|part)|"
    # "Attached is the 3-page Daily Log / Incident Report", "Enclosed please find the two-page memorandum": a thing
    # sent that is counted in pages is records
    r"\b(?:enclosed|attached)\s+(?:are|is|please\s+find|you\s+will\s+find)\s+(?:the|a|an|our|its|your)\s+(?:[\w-]+\s+)?"
    r"(?:\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))[\s-]pages?\b|"
    # ... the letter itself a denial in part
    + LETTER_IS_PARTIAL_DENIAL + "|"
    # "Access to these records must be denied", "access to the requested file is denied" (not "access may be denied
    # where ...": a rule)
    r"(?<!whether\s)(?<!if\s)\baccess\s+to\s+(?:the|these|those|this|your|all|such)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:is|are|has\s+been|was|must\s+be)\s+" + DECIDING_ADVERBS + r"denied\b|"
    r"\bdenies\s+(?:your|the|this)\s+request(?!" + _AS_WRITTEN + r")|\bgrants\s+(?:your|the|this)\s+request|"
    # ... and as the office's duty: "After a thorough review, DSP must deny your request", "the Department is
    # compelled to deny the request" (not "we must deny it in part", nor "must not deny")
    r"\b(?:must|(?:has|have)\s+to|(?:is|are|am)\s+(?:therefore\s+)?(?:required|compelled|constrained|obliged)\s+to)\s+"
    r"(?:(?:therefore|respectfully|regretfully|accordingly|hereby)\s+)?deny\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?"
    r"request\b(?!\s+in\s+part|" + _AS_WRITTEN + r")|"
    + DENY_ACCESS + r"|" + CANNOT_PROVIDE + r"|" + NOT_TO_BE_PROVIDED + r"|" + DECLINE_TO_PROVIDE + r"|"
    + REQUEST_NOT_GRANTED + r"|" + NOT_BEING_RELEASED + r"|"
    # ... and to whom: "The public data you requested ... have been released to you in full through this portal"
    r"\b(?:are|is|have\s+been|has\s+been)\s+(?:attached|enclosed|provided|released)\s+(?:to\s+you\s+)?in\s+"
    r"(?:full|(?:their|its)\s+entirety)|request\s+"
    r"(?:(?:[\w-]+|" + CASE_NO + r")\s+){0,10}?is\s+" + DECIDING_ADVERBS + r"(?:granted|denied|declined|refused)|"
    # ... the request named in a clause of its own, the refusal after the comma: "Because your request is overly broad
    # and does not reasonably describe the records you seek, it is denied", "As the request is repetitious, it must
    # therefore be refused" (not in part, nor a refusal to come: "it will be denied")
    + REQUEST_THEN_IT_REFUSED + r"|"
    # (not the question still open: "EPA has not yet determined whether any of this information will be withheld",
    # "we have not decided if the report is exempt")
    r"(?<!\bnot\s)(?<!\bnot\syet\s)(?<!\byet\s)(?:determined|decided)(?!\s+(?:whether|if)\b)\s+(?:that\s+)?"
    r"(?:\w+\s+){0,10}(?:exempt|releas|withh|appropriate\s+for\s+release)|" + GLOMAR_WORDS + "|"
    # "The records are exempt from disclosure" (not "to determine whether any information is exempt")
    # ... nor "the records to determine whether they are exempt": the question is in the words between.
    # ... nor the law's measure of what goes out: "the Department will disclose records to the extent they are not
    # exempt from disclosure", "withholds records only insofar as they are exempt from disclosure"
    r"(?<!whether\s)(?<!if\s)\b(?:the|these|those|all|such)\s+(?:\w+\s+){0,3}(?:records?|documents?|information)\s+"
    r"(?:(?!whether\b|if\b|extent\b|insofar\b|inasmuch\b)\w+\s+){0,4}(?:are|is)\s+(?:\w+\s+)?exempt\s+from\s+(?:disclosure|release|production)|(?:pages?|records)\s+(?:\w+\s+){0,3}"
    r"(?:are|is|were)\s+(?:being\s+)?(?:released|withheld)|"
    # The records with their pages in apposition: "The hazard mitigation plans, 88 pages in all, are attached."
    r"\bpages\s+(?:in\s+(?:all|total)|altogether|in\s+length)\s*,\s+(?:are|is|were|have\s+been|has\s+been)\s+"
    r"(?:being\s+)?(?:released|enclosed|attached|provided|produced|disclosed)\b|"
    # A withholding under a law named: "The vulnerability assessments are withheld in accordance with KRS
    # 61.878(1)(m)" (not "information that is withheld under ... will be marked", a rule of the letter to come)
    r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:are|is|were|have\s+been|has\s+been)\s+" + DECIDING_ADVERBS
    + r"(?:being\s+)?withheld\s+(?:in\s+accordance\s+with|pursuant\s+to|under)\s+(?:[A-Z]|\d|§|[Ss]ection|"
    r"[Ee]xemption)|"
    # "380 are released in full or in part and the remainder are withheld"
    r"\b\d[\d,]*\s+(?:are|were|have\s+been)\s+(?:being\s+)?(?:released|enclosed|provided|produced|disclosed)\b|"
    r"\b(?:remainder|remaining|rest|balance)\s+(?:\w+\s+){0,3}(?:are|is|were)\s+(?:being\s+)?withheld\b|"
    # "... are part of an open proceeding and are exempt from disclosure in their entirety"
    r"\b(?:are|is)\s+exempt\s+from\s+(?:disclosure|release|production)\s+in\s+(?:full|(?:their|its)\s+entirety)", IC)
# A records portal's notice that something was posted to the request ("A document has been released to you for
# request HQ-2027-00114-F", "A new document has been released", "1 document has been released for request 26-2213",
# "New correspondence has been posted to your request"): the letter it carries decides, the notice does not. But
# "The document has been released in full" and "2 documents have been released to you in part" do.
PORTAL_NOTICE = re.compile(r"^(?![^.;]*\bin\s+(?:full|part)\b)\W*(?:an?|one|1|\d+|new)\s+(?:new\s+)?"
                           r"(?:documents?|files?|messages?|letters?|correspondence|attachments?)\s+(?:has|have)\s+been\s+(?:released|posted|uploaded|added|"
                           r"published|made\s+available)(?:\s+to\s+you)?\s+(?:for|on|to|in|under)\s+(?:your\s+|the\s+|"
                           r"this\s+)?(?:[\w-]+\s+){0,3}?(?:request|portal|account|case)\b|"
                           # ... and the copy of that document the notice carries: "The document is also attached to
                           # this notification for your convenience", "A copy of the letter is included with this
                           # alert" (the posted letter, not records sent with it)
                           r"^\W*(?:the|this|that|a\s+copy\s+of\s+(?:the|this|that|your))\s+(?:new\s+)?(?:documents?|"
                           r"files?|letters?|notices?|responses?|attachments?|correspondence)\s+(?:is|are|has\s+been|"
                           r"have\s+been)\s+(?:also\s+)?(?:attached|enclosed|included)\s+(?:to|with|in)\s+this\s+"
                           r"(?:e-?mail\s+)?(?:notification|notice|alert)\b|"
                           # ... and the portal's promise to tell of what is posted later: "You will receive an email
                           # each time a message is posted or a document is released to this request", "you will be
                           # notified whenever records are released"
                           r"\byou\s+will\s+(?:receive|get|be\s+sent)\s+(?:an?\s+)?(?:e-?mail|notification|notice|"
                           r"alert|message)s?\s+(?:each\s+time|every\s+time|whenever|when|as\s+soon\s+as|once)\b|"
                           r"\byou\s+will\s+be\s+(?:notified|alerted|informed)\s+(?:by\s+e-?mail\s+)?(?:each\s+time|"
                           r"every\s+time|whenever|when|as\s+soon\s+as|once)\b",
                           IC)
# From whom the records are withheld, said between the withholding and its extent: "both must be withheld from you in
# full", "is withheld from public disclosure in its entirety".
FROM_WHOM = (r"(?:from\s+(?:you|the\s+requester|the\s+public|public\s+(?:view|disclosure|inspection|release)|"
             r"disclosure|release|production)\s+)?")
# A denial the law lets an office make, no denial made: "Pursuant to R.C. 149.43(B)(2), when a requester makes an
# ambiguous or overly broad request, the public office may deny the request but shall provide the requester with an
# opportunity to revise it", "an agency is permitted to deny a request that ..." (not "we must deny your request").
DENIAL_THE_LAW_ALLOWS = re.compile(r"\b(?:may|might|(?:is|are)\s+(?:permitted|allowed|entitled)\s+to)\s+"
                                   r"(?:(?:also|properly|lawfully|then)\s+)?(?:deny|refuse)\s+(?:(?:the|a|an|any|such|"
                                   r"that|your|this)\s+)?(?:[\w-]+\s+){0,2}?(?:request|it)\b", IC)
DENIED = re.compile(GLOMAR_WORDS + "|" + _FORM_DECISION_LABEL + r"denied\b(?!\s+in\s+part)|" + NOT_BEING_RELEASED + "|"
                    # Social Security's plain words: "We cannot give you the information you requested." (not "...
                    # until you pay")
                    + CANNOT_PROVIDE + "|" + NOT_TO_BE_PROVIDED + "|" + REQUEST_NOT_GRANTED + "|"
                    # ... or declined or refused: "The request is therefore declined in its entirety"
                    r"(?:request|it)\s+(?:(?:[\w-]+|" + CASE_NO + r")\s+){0,12}?is\s+" + DECIDING_ADVERBS
                    + r"(?:denied|declined|refused)(?!\s+in\s+part)|"
                    # ... or named in a clause of its own: "As your request duplicates one answered in October, it has
                    # been declined"
                    + REQUEST_THEN_IT_REFUSED + "|"
                    # "Access to the requested records is denied."
                    r"\baccess\s+(?:to\s+(?:[\w-]+\s+){0,6}?)?(?:is|are|has\s+been|was|must\s+be)\s+" + DECIDING_ADVERBS
                    + r"denied(?!\s+in\s+part)|"
                    # "the records you requested are exempt from disclosure under Exemption 7(A)"
                    r"(?<!whether\s)(?<!if\s)\b(?:the|all|these|those)\s+(?:\w+\s+){0,4}(?:records|documents|information)"
                    r"\s+(?:(?!whether\b|if\b)\w+\s+){0,4}"
                    r"(?:are|is)\s+(?:\w+\s+)?exempt\s+from\s+(?:disclosure|release|production)(?!\s+in\s+part)|"
                     # (not a request turned back to be revised, no answer yet: "ODH denies your request as written
                     # pursuant to R.C. 149.43(B)(2)", "we deny the request in its current form")
                     r"(?:deny|denies|denying)\s+(?:your|the|this)\s+request(?!\s+in\s+part|" + _AS_WRITTEN + r")|"
                     r"denied\s+in\s+(?:full|its\s+entirety)|"
                     # A Hawaii Notice to Requester: "The agency is denying access to all of the records you
                     # requested"; not "may deny access to records that ..." (a rule) nor a denial of some of them.
                     + DENY_ACCESS + r"|" + DECLINE_TO_PROVIDE + r"|"
                     # The letter itself named the denial of the request: "please accept this letter as IMPD's written
                     # denial of your request", "This letter constitutes the Department's denial of your request",
                     # "this letter serves as formal notice of denial of your request" (not a partial denial, nor one
                     # "in part")
                     r"\b(?:this|the)\s+letter\s+(?:as|serves\s+as|constitutes|is)\s+(?:(?!partial\b)[\w'\u2019.-]+\s+){0,4}?"
                     r"denial\s+of\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?request\b(?!\s+in\s+part)|"
                     # "these records must be withheld in their entirety"
                     # ... "The draft is therefore withheld in its entirety"
                     # ... and the one file asked for: "The file is therefore withheld in its entirety under KRS
                     # 61.878(1)(h)" (but not "withheld in part")
                     r"(?:all|the|these|those|such|both)\s+(?:\w+\s+){0,3}(?:records?|pages|information|documents?|drafts?|"
                     r"reports?|memorand(?:um|a)|e-?mails?|videos?|recordings?|footage|photographs?|spreadsheets?|"
                     r"files?|materials?)\s+"
                     r"(?:\w+\s+){0,4}(?:are|is|were|have\s+been|(?:must|will|shall|should)\s+be)\s+" + DECIDING_ADVERBS
                     + r"(?:being\s+)?withheld\s+" + FROM_WHOM + r"in\s+(?:full|(?:their|its)\s+entirety)|"
                     # ... the adverb before the participle: "this letter serves as notice that the requested records
                     # are being entirely withheld", "the reports are wholly withheld" (Va. Code § 2.2-3704(B)(1)'s
                     # "entirely withheld")
                     r"(?:all|the|these|those|such|both)\s+(?:\w+\s+){0,3}(?:records?|pages|information|documents?|"
                     r"reports?|files?|materials?|e-?mails?|videos?|recordings?)\s+(?:are|is|were|have\s+been|"
                     r"(?:must|will|shall|should)\s+be)\s+(?:being\s+)?(?:entirely|wholly|completely)\s+withheld\b|"
                     # "has reviewed the responsive records and has determined that they must be withheld in full"
                     # ... and "Release ... could interfere ..., and they are therefore being withheld in full"
                     # ... and a sentence of its own: "They are withheld in full under Exemption 8."
                     # ... or "both": "We located two records totalling 30 pages. After review, both are withheld in
                     # full"
                     r"(?:\b(?:that|and)\s+|^\W*|^[^.;,]{0,40},\s+|;\s+)(?:they|both|(?:all|each|both)\s+of\s+(?:them|these|those))"
                     r"\s+(?:are|were|"
                     r"have\s+been|(?:must|will|shall|should)\s+"
                     r"be)\s+(?:therefore\s+|thus\s+|accordingly\s+|hereby\s+)?(?:being\s+)?withheld\s+" + FROM_WHOM
                     + r"in\s+(?:full|(?:their|its)\s+entirety)|"
                     # ... the one record: "and it is withheld in its entirety under Exemption 3"
                     r"(?:\band\s+|^\W*)it\s+(?:is|was|has\s+been|(?:must|will|shall|should)\s+be)\s+"
                     r"(?:therefore\s+|thus\s+|accordingly\s+|hereby\s+)?(?:being\s+)?withheld\s+" + FROM_WHOM
                     + r"in\s+(?:full|its\s+entirety)|"
                     # "withholding them in full", "withholding both documents in full", "withholding all three
                     # memoranda in their entirety" (what was found, all of it; not "withholding 4 pages in full")
                     # ... and Texas's word for the records: "the Sheriff's Office is withholding the responsive
                     # information in its entirety"
                     r"withholding\s+(?:them|it|all|both|(?:(?:all|both|each)\s+(?:of\s+)?)?(?:the|these|those|this|"
                     r"both|all|each)\s+(?:[a-z]+\s+){0,2}?(?:records?|documents?|files?|memorand(?:a|um)|memos?|"
                     r"e-?mails?|reports?|materials?|videos?|recordings?|information)|all\s+\w+)\s+in\s+(?:full|"
                     r"(?:their|its)\s+"
                     r"entirety)|"
                     # "the responsive records are part of an open ... proceeding and are exempt from disclosure in
                     # their entirety"
                     r"\b(?:are|is)\s+exempt\s+from\s+(?:disclosure|release|production)\s+in\s+(?:full|(?:their|its)\s+"
                     r"entirety)", IC)
# Records that "cannot be released in full", "could not be disclosed in their entirety": some of them is withheld, so
# the release is in part, never in full.
NOT_IN_FULL = (r"\b(?:cannot|can\s+not|could\s+not|will\s+not|may\s+not|must\s+not|shall\s+not|(?:is|are)\s+not)\s+"
               r"(?:be\s+|being\s+)?(?:released|disclosed|provided|produced|made\s+available)\s+(?:to\s+you\s+)?"
               r"in\s+(?:full|(?:their|its)\s+entirety)\b")
# Pages given with something taken out of them: "The 27 pages ... have had driver's license numbers and Social Security
# numbers removed" (not a person "removed from the United States").
HAD_REMOVED = (r"\b(?:have|has)\s+had\s+(?:[\w'\u2019-]+\s+){1,10}?(?:removed|blacked\s+out|masked|obscured)\b|"
               # ... and records given "with" something taken out: "The inspection reports are enclosed with the home
               # addresses of employees removed under RCW 42.56.250(4)" (not "with nothing removed")
               r"\bwith\s+(?!no\b|nothing\b|none\b)(?:[\w'\u2019-]+\s+){1,10}?(?:removed|blacked\s+out|masked|obscured)"
               r"\s+(?:under|pursuant\s+to|per|in\s+accordance\s+with|as\s+(?:required|permitted|allowed)\s+by)\b")
# A ruling's order that all of it go out: "the sheriff's office must release the submitted information", "the city
# shall release the requested records" (not "the remaining information": the rest, after some kept back; nor under a
# condition).
RELEASE_ALL_ORDERED = re.compile(r"^(?![^.;]*\b(?:if|whether|unless)\b)[^.;]*?\b(?:must|shall)\s+"
                                 r"(?:(?:also|now|therefore)\s+)?release\s+(?:all\s+(?:of\s+)?)?the\s+"
                                 r"(?:submitted|requested|responsive)\s+(?:information|records?|documents?)\b"
                                 r"(?!\s+(?:except|other\s+than|with|subject))", IC)
# Portions of the records sent with the letter held back, the rest of them going out: "CBP has determined that certain
# portions of the enclosed documents are exempt from disclosure", "portions of the attached records have been redacted
# under Exemption 6", "some portions of the released pages were withheld" (the records themselves sent).
PORTIONS_OF_SENT = (r"\bportions?\s+of\s+(?:the|these|those|all(?:\s+of\s+the)?)\s+(?:enclosed|attached|released|"
                    r"accompanying)\s+(?:responsive\s+)?(?:records?|documents?|pages?|materials?|files?)\s+(?:(?:are|is|were|"
                    r"was|have\s+been|has\s+been)\s+(?:\w+\s+)?)?(?:exempt|withheld|redacted|excised|protected|deleted)\b")
PARTIAL = re.compile(LETTER_IS_PARTIAL_DENIAL + r"|with\s+the\s+exception\s+of|" + PORTIONS_OF_SENT + r"|"
                     # a ruling or order that has some kept back and the rest given out: "The department must release
                     # the remaining information", "the remainder of the report shall be released" (an order, not an
                     # offer: "we will release the remaining records when the fee is paid")
                     r"^(?:(?!\b(?:if|whether|unless)\b)[^;])*?"
                     r"\b(?:must|shall|(?:is|are)\s+(?:therefore\s+)?required\s+to)\s+(?:then\s+|otherwise\s+)?"
                     r"(?:release|disclose|produce|provide)\s+(?:all\s+(?:of\s+)?)?the\s+(?:remaining|remainder|rest|balance)\b|"
                     r"^(?:(?!\b(?:if|whether|unless)\b)[^;])*?"
                     r"\b(?:the\s+)?(?:remaining\s+(?:[\w-]+\s+){0,2}?(?:information|records?|documents?|material|portions?)|"
                     r"(?:remainder|rest|balance)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:must|shall)\s+(?:then\s+)?"
                     r"be\s+(?:released|disclosed|produced|provided)\b|"
                     # ... the rest kept back, said in a sentence of its own: "The remaining pages are withheld.",
                     # "The remaining records are not released." (not for now: "are withheld pending payment")
                     r"^\W*(?:the\s+)?(?:remaining|remainder|rest|balance)\b[^.;]{0,60}?\b(?:is|are|has\s+been|"
                     r"have\s+been)\s+(?:being\s+)?(?:withheld|not\s+(?:being\s+)?(?:released|disclosed|produced|"
                     r"provided))\b(?![^.;]*\b(?:until|pending|unless|if)\b)|"
                     # "the basic information is enclosed, and the remaining information is withheld"
                     r"(?:enclosed|released|provided|disclosed)\b[^.;]{0,80}\b(?:remaining|remainder|rest)\b[^.;]{0,40}"
                     r"\bwithheld|withh\w*\s+[^.;]{0,80}\bexcept\s+(?:for\s+)?[^.;]{0,60}(?:must\s+be\s+|is\s+|are\s+)"
                     r"(?:released|disclosed|provided)|"
                     # ... and the agency's own verb before the part: "We are granting your request in part", "we grant
                     # your FOIA request in part" (not a fee waiver or expedition so granted)
                     r"\b(?:grant|grants|granting)\s+(?:your|the|this)\s+(?:(?!waiver\b|fees?\b|expedit)[\w-]+\s+){0,4}?"
                     r"request\s+in\s+part\b|"
                     r"granted\s+in\s+part|partially\s+granted|partial\s+grant|(?:partially|partly)\s+(?:fulfilled|filled)\b|"
                     r"(?:fulfilled|filled)\s+in\s+part\b|released?\s+in\s+part|denied\s+in\s+"
                      r"part|withheld\s+in\s+part|with\s+(?:certain\s+|some\s+)?(?:redactions|excisions|deletions)|"
                      # (not a redaction weighed and refused: "whether redaction would permit the release of any
                      # portion", "redaction would not remove the confidential information", "redaction cannot cure")
                      r"(?<!without\s)(?<!without\sany\s)(?<!no\s)(?<!whether\s)\bredact(?!\w*\s+(?:would|will|could|can|"
                      r"does|did)\s*not\b|\w*\s+cannot\b|\w*\s+(?:is|was)\s+not\s+(?:possible|feasible|practicable)\b)|portions?\s+(?:\w+\s+){0,3}(?:withheld|redacted|excised)|excised|deletions\s+have\s+"
                      r"been\s+made|partially\s+releas|release\s+in\s+part|releasable\s+in\s+part|"
                      # "The 27 pages ... have had driver's license numbers and Social Security numbers removed"
                      rf"{HAD_REMOVED}|"
                      # what "cannot be released in full" goes out in part (not "can be released in full")
                      rf"{NOT_IN_FULL}", IC)
FULL = re.compile(r"granted\s+in\s+full|" + _FORM_DECISION_LABEL + r"(?:filled|fulfilled|granted)\b(?!\s+in\s+part)|"
                  r"\byour\s+(?:[\w-]+\s+){0,3}request\s+(?:(?:no\.?|number|#)\s*\S+\s+)?(?:is|has"
                  r"\s+been)\s+(?:hereby\s+)?granted\b(?!\s+in\s+part)|in\s+(?:full|(?:their|its)\s+entirety)|"
                  r"full\s+grant|without\s+(?:any\s+)?(?:redaction|excision|withholding|deletion)s?|"
                  r"no\s+(?:information|redactions|material)\s+(?:was|were|has\s+been)\s+"
                  r"(?:withheld|redacted|made)", IC)
# The request itself (not some records) sent on to another office or agency for its own answer: "we have transferred
# your request to the FOIA Officer for ICE for processing and direct response to you", "Your request has been referred
# to the Coast Guard, which will respond to you directly" (not a request passed inside the office to those who search:
# "forwarded your request to MSAC, the office most likely to maintain the records").
REQUEST_TRANSFERRED = re.compile(
    # ... or said as it is done: "I am transferring this request to the FOIA Officer for U.S. Immigration and Customs
    # Enforcement (ICE) for processing under the FOIA and direct response to you"
    # ... or a copy of it: "As a courtesy, ASP has forwarded a copy of your request to the Sheriff's Office FOIA
    # coordinator, ..., who will respond to you directly"
    r"(?:\b(?:transferred|referred|forwarded|routed|sent|transferring|referring|forwarding|routing|sending)\s+"
    r"(?:a\s+copy\s+of\s+)?(?:your|this)\s+(?:[\w()-]+\s+){0,3}?request|\byour\s+"
    r"(?:[\w()-]+\s+){0,3}?request\s+(?:has\s+been|was|is\s+being)\s+(?:transferred|referred|forwarded|routed|sent))"
    # (what goes with it set between commas: "we have referred your request, together with the privacy waiver you
    # provided, to SSA for processing and direct response to you", "forwarded your request, along with the 12 pages we
    # located, to the Army")
    r"(?:\s*,\s*(?:together|along)\s+with\s+[^,.;]{1,100}?,)?"
    # (the office it goes to may be described at length between: "to the Executive Office for United States Attorneys
    # (EOUSA), the Department of Justice component that processes requests for the records of the United States
    # Attorneys' Offices, for processing and direct response to you")
    r"\s+(?:\w+\s+){0,2}?to\b(?:[^.;]|(?<=\b[A-Z])\.){0,250}?(?:\bfor\s+(?:(?:a\s+)?search\s+and\s+|"
    r"processing\s+(?:[\w-]+\s+){0,4}?and\s+)?(?:a\s+|its\s+)?"
    r"direct\s+response\b|\b(?:will|to|shall)\s+(?:then\s+)?respond\s+(?:to\s+you\s+)?directly\b|\brespond\s+directly\s+to\s+"
    r"you\b)", IC)
REFERRED = re.compile(r"referr?\w*\s+(?:\w+\s+){0,6}(?:to|with)\s+(?:the\s+)?(?:\w+\s+){0,8}(?:for\s+(?:direct\s+"
                       r"response|processing|a\s+direct|consultation|their\s+review))|forwarded\s+your\s+request|"
                       # ... and the records sent to the office that will decide on them: "We have therefore sent the 9
                       # pages to CBP's FOIA Division, which will make the release determination and respond to you
                       # directly", "forwarded the records to USCIS for a release determination" (not records sent to
                       # you: "we sent the records to you, which completes ..."); the records or the request set off
                       # by commas: "we have referred your request, together with these 46 pages, to the VA for a
                       # release determination and direct response to you", "we have referred the 37 pages, together
                       # with a copy of your request, to CBP for processing and direct response to you"
                       # (a citation of the rule set off by commas on the way: "we are referring them, in accordance
                       # with 6 C.F.R. § 5.4(d)(2), to the USCIS National Records Center for processing and direct
                       # response to you")
                       r"\b(?:referr\w*|sent|forwarded|transferred|routed)\s+(?:[\w-]+,?\s+|(?:in\s+accordance\s+with|"
                       r"pursuant\s+to|consistent\s+with|as\s+provided\s+(?:in|by)|under)\s+[^,;]{1,60}?,\s+){0,12}?to\s+"
                       r"(?!you\b|your\b)"
                       r"(?:[\w'\u2019&.-]+,?\s+){0,8}?(?:for\s+(?:a\s+|its\s+|their\s+)?(?:release\s+)?determination|"
                       r"(?:which|who)\s+will\s+(?:[\w-]+\s+){0,6}?(?:(?:respond|reply|answer)\s+(?:to\s+you\s+)?"
                       r"directly|(?:make|issue)\s+(?:a|the|its)\s+(?:release\s+)?determination)|"
                       # ... or for its answer straight to you: "we have transferred your request to NNSA for a search
                       # and a direct response to you", "routed it to the Regional Office for processing and a direct
                       # reply"
                       r"for\s+(?:[\w-]+\s+){0,5}?(?:direct\s+(?:response|reply|answer)|(?:response|reply)\s+directly))",
                       IC)
# The records the search found (not the request) sent on, done, to the agency they came from for its own answer: "we
# have referred these records to CBP for review and direct response to you", "The 14 pages located were referred to
# the Department of the Army, which will respond to you directly" (not a referral foreseen: "we may need to refer the
# records", "any records will be referred").
RECORDS_REFERRED = re.compile(r"^(?!\W*(?:if|should|when|where)\b)"
                              r"(?=.*\b(?:records|pages|documents|materials?|files)\b)"
                              r".*(?:\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:\w+\s+)?|\b(?:we|I)\s+)"
                              r"(?:referred|forwarded)\b", IC)
# The request sent to those who will search for the records, the answer still to come from the office that sends it:
# "We have forwarded your request to the Eighth Coast Guard District ... for a search for responsive records" (not "for
# a search and direct response to you", which hands the answer over too).
SENT_FOR_SEARCH = re.compile(r"\b(?:forwarded|sent|routed|referred|tasked)\s+(?:your|the|this)\s+request\b[^.;]{0,200}?"
                             r"\bfor\s+(?:a\s+|an\s+|their\s+|its\s+)?(?:search|records\s+search)\b"
                             r"(?!\s+and\s+(?:a\s+|its\s+)?(?:direct\s+)?(?:response|reply|answer))", IC)
# The right to appeal the letter's answer, offered: "You may appeal this response by writing to the General Counsel",
# "you have the right to file an administrative appeal".
APPEAL_OFFERED = re.compile(r"\byou\s+(?:may|can|have\s+the\s+right\s+to)\s+(?:file\s+an?\s+(?:administrative\s+)?)?"
                            r"appeal\b", IC)
# A withdrawal the letter foresees, not one made: "Your request will be considered automatically withdrawn if you do not
# respond in writing within 10 business days", "the request will be deemed abandoned unless ..." (not "has been
# withdrawn").
WITHDRAWAL_TO_COME = re.compile(r"\b(?:will|would|shall|may)\s+(?:then\s+)?be\s+(?:considered|deemed|treated\s+as)\s+"
                                r"(?:to\s+(?:be|have\s+been)\s+)?(?:automatically\s+)?(?:withdrawn|abandoned|closed)\b"
                                r"|\b(?:withdrawn|abandoned|closed)\s+(?:[\w-]+\s+){0,3}?(?:if|unless)\s+you\b", IC)
# Records made ready and never claimed (Washington's RCW 42.56.120(4)), written once for the withdrawal and the closing
# below: what the requester did not do with them ("did not pay for or pick up the"), and what was not done to them
# ("has not been downloaded").
_DID_NOT_CLAIM = (r"\b(?:fail(?:s|ed)?\s+to|did\s+not|(?:has|have)\s+not)\s+(?:claim|collect|pick\s+up|retrieve|"
                  r"download|pa(?:y|id)\s+for)(?:ed)?\s+(?:or\s+(?:\w+\s+){1,2}?)?(?:the|an?|your|this|that)\s+(?:\w+\s+)?")
_NOT_CLAIMED = r"(?:downloaded|claimed|collected|picked\s+up|retrieved|paid\s+for)\b"
WITHDRAWN = re.compile(r"withdr[ae]wn?|abandon|ceas(?:ed|es|ing)\s+processing|"
                       # "your e-mail asking us to cancel your request"
                       r"\bcancel(?:l?ed|l?ing|s)?\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,4}?request\b|"
                       # The requester's own word that the records are not wanted: "you told us that you no longer
                       # need the data" (not "if you no longer need them, ...": a question)
                       r"\byou\s+(?:told|informed|advised|notified|let)\s+(?:us|this\s+office|me)\s+(?:know\s+)?"
                       r"(?:that\s+)?you\s+(?:\w+\s+)?no\s+longer\s+(?:need|want|wish|require|seek|are\s+interested)|"
                       # ... and the request closed as asked: "In keeping with your wishes, we have closed this
                       # request", "At your request, the request has been closed"
                       r"\b(?:as\s+you\s+(?:asked|requested|wished)|at\s+your\s+request|in\s+keeping\s+with\s+your\s+"
                       r"(?:wishes|request|instructions)|per\s+your\s+(?:request|instructions|wishes))\b[^.;]{0,80}\bclos|"
                       # "we have not received that information, so your request has been closed"
                       r"(?:did\s+not|have\s+not|has\s+not|failed\s+to)\s+(?:hear|heard|receive|received|respond|responded)\s+.{0,80}"
                        r"clos|clos\w*\s+.{0,80}(?:no\s+response|did\s+not\s+(?:hear|respond|receive)|"
                       r"(?:have|has)\s+not\s+(?:heard|responded|received))|"
                       # ... the silence said on its own beside the closing: "That period has ended and we have had no
                       # word from you", "we have received no reply from you" (a letter that closes the request)
                       r"\b(?:had|received|gotten|got|heard)\s+(?:no|nothing)\s+(?:(?:further\s+)?(?:word|answer|reply|"
                       r"response|news)\s+)?(?:[\w-]+\s+){0,3}?from\s+you\b|"
                       # Records made ready and never claimed (Washington's RCW 42.56.120(4)): "the installment has
                       # not been downloaded", "when a requestor fails to claim or review an installment", "you did
                       # not pay for or pick up the records"
                       rf"\b(?:installment|records|documents|files|copies)\s+(?:has|have)\s+(?:still\s+)?not\s+been\s+"
                       rf"{_NOT_CLAIMED}|{_DID_NOT_CLAIM}(?:installment|records|documents|files|copies)\b|"
                       # ... or the office did not get what it asked the requester for: "ATF has not received your
                       # agreement to pay or a narrowed request" (beside the closing)
                       r"(?<!\byou\s)\b(?:has|have|had|did)\s+not\s+(?:received|receive|gotten|get|had)\s+(?:your|a|any)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:agreement|commitment|assurance|reply|response|answer|clarification|"
                       r"payment)\b|"
                       # ... the payment with no word before it: "As of today, the City has not received payment"
                       r"(?<!\byou\s)\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:received|receive)\s+(?:the\s+)?"
                       r"(?:payment|deposit)\b|"
                       # ... or the fee itself said unpaid, beside the closing in the same sentence: "Because the fee
                       # has not been paid, your request has been closed", "the request was closed, as the deposit was
                       # not paid" (not what will be: "If the fee has not been paid by January 5, the request will be
                       # closed")
                       r"^(?![^.;]*\b(?:if|unless|until|once|when)\b)[^.;]*?\b(?:fees?|charges?|deposit|payment|"
                       r"invoice|bill|balance|costs?)\s+(?:(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been|"
                       r"(?:was|were)\s+(?:still\s+)?not|(?:is|are)\s+(?:still\s+)?(?:unpaid|outstanding))"
                       r"(?:\s+(?:paid|received|remitted|made|submitted))?\b[^.;]*?\bclosed\b|"
                       r"^(?![^.;]*\b(?:if|unless|until|once|when)\b)[^.;]*?\bclosed\b[^.;]*?\b(?:fees?|charges?|"
                       r"deposit|payment|invoice|bill|balance|costs?)\s+(?:(?:has|have|had)\s+(?:still\s+)?not\s+"
                       r"(?:yet\s+)?been|(?:was|were)\s+(?:still\s+)?not)\s+(?:paid|received|remitted|made|submitted)\b|"
                       r"^(?![^.;]*\b(?:if|unless|until|once|when)\b)[^.;]*?\b(?:non-?payment|failure\s+to\s+pay|"
                       r"unpaid\s+(?:fees?|charges?|deposit|invoice|balance))\b[^.;]*?\bclosed\b|"
                       r"^(?![^.;]*\b(?:if|unless|until|once|when)\b)[^.;]*?\bclosed\s+(?:[\w-]+\s+){0,3}?(?:for|"
                       r"due\s+to|because\s+of|on\s+account\s+of)\s+(?:(?:the|your)\s+)?(?:non-?payment|failure\s+to\s+"
                       r"pay)\b", IC)
# The request closed because the requester did not pay for or claim an installment made ready (Washington's RCW
# 42.56.120(4)): "Because you have not paid for or claimed the second installment, the Department is closing your
# request", "As the third installment was not picked up, we have closed your request" (the earlier installments were
# given out by earlier letters; this one releases nothing). Not what will happen: "If you do not claim ..., we will
# close your request".
UNCLAIMED_INSTALLMENT_CLOSED = re.compile(
    r"^(?![^.;]*\b(?:if|unless|will\s+(?:close|be\s+closed))\b)[^.;]*?"
    rf"(?:{_DID_NOT_CLAIM}installment\b|\binstallment\s+(?:was|were|has|have)\s+(?:still\s+)?not\s+(?:been\s+)?"
    rf"{_NOT_CLAIMED})"
    r"[^.;]*?\b(?:is|are|am|have|has)\s+(?:now\s+|therefore\s+)?(?:closing|closed)\s+(?:your|the|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:request|file|case)\b", IC)
# The request closed because it is now in a lawsuit, the records to come through the case: "Because the processing of
# the records ... will now take place in the context of that litigation, ICE is administratively closing your FOIA
# request", "As this request is now the subject of a lawsuit, we have closed it administratively", "the request has
# been closed in light of the pending litigation" (not "if you file a lawsuit", nor the right to bring one).
IN_LITIGATION = re.compile(r"^(?![^.;]*\b(?:if|may|you\s+(?:have\s+)?the\s+right)\b)[^.;]*\b(?:litigation|lawsuit|"
                           r"civil\s+action|(?:complaint|suit)\s+(?:was\s+|has\s+been\s+)?filed|(?:subject|matter)\s+of\s+"
                           r"(?:a|an|the)\s+(?:pending\s+)?(?:court\s+)?(?:case|suit|action))\b", IC)
# The requester's silence, said in one sentence, and the request closed in the next: "ICE has not received the signed
# consent or any other reply from you. Your request has therefore been closed." (not "we have not received your
# request", nor what will happen: "If we do not hear from you, ...").
NO_REPLY_FROM_YOU = re.compile(r"\b(?:did|do|does|have|has)\s+not\s+(?:yet\s+)?(?:hear(?:d)?|receive(?:d)?|get|"
                               r"gotten)\b"
                               r"(?!\s+(?:your|the|this)\s+(?:[\w()/-]+\s+){0,6}?(?:request|appeal)\b)"
                               r"[^.;]{0,120}?\b(?:from\s+you|your\s+(?:reply|response|answer)|(?:reply|response|answer)\b)|"
                               r"\byou\s+(?:did|have|has)\s+not\s+(?:yet\s+)?(?:respond|responded|repl(?:y|ied)|answer(?:ed)?|"
                               r"return(?:ed)?|sen[dt]|provide[d]?|submit(?:ted)?)\b|"
                               # ... or what was asked of the requester, not come: "We have not received the
                               # information requested", "we did not receive the clarification we asked for", "the
                               # additional details we requested have not been received"
                               r"\b(?:did|do|does|have|has)\s+not\s+(?:yet\s+)?receive[d]?\s+(?:the|any)\s+(?:requested\s+)?"
                               r"(?:additional\s+|further\s+)?(?:information|clarification|details)\s+(?:(?:that\s+)?we\s+)?"
                               r"(?:requested|asked\s+for|sought)\b|"
                               r"\b(?:the|any)\s+(?:additional\s+|further\s+)?(?:information|clarification|details)\s+(?:that\s+)?"
                               r"(?:we|I)\s+(?:requested|asked\s+for|sought)\s+(?:has|have)\s+not\s+(?:yet\s+)?been\s+"
                               r"(?:received|provided)\b", IC)
# ... the request held closed, or the matter or file it opened: "Accordingly, ODRC considers this matter closed"
CLOSED_NOW = re.compile(r"(?<!will\s)(?<!may\s)(?<!would\s)(?<!could\s)(?<!shall\s)(?<!to\s)"
                        r"\b(?:consider|deem)(?:s|ed)?\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?(?:request|matter|file)\s+"
                        r"(?:to\s+be\s+|as\s+)?closed\b|"
                        r"(?<!will\s)(?<!would\s)(?<!may\s)\b(?:request|case|file|matter)\b[^.;]{0,40}?\b(?:is|has\s+"
                        r"(?:(?:therefore|accordingly|thus|consequently|now)\s+)?been|was)\s+(?:now\s+)?"
                        # ... or held so: "Your request is now considered closed", "is therefore deemed closed"
                        r"(?:(?:therefore|accordingly|thus|consequently|now)\s+)?(?:(?:considered|deemed|treated\s+as)\s+"
                        r"(?:to\s+be\s+)?)?(?:administratively\s+)?closed\b|\b(?:we|I)\s+(?:have\s+)?(?:therefore\s+|now\s+)?(?:administratively\s+)?closed\s+"
                        r"(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?(?:request|case|file)\b|"
                        rf"{CLOSED_BY_NUMBER}", IC)
# A request closed now, not one to be closed: "EPA is closing request 2027-EPA-00981", "we are closing our file on
# Request Number ...", "L&I is closing it", "Accordingly, we have closed it", "DEC considers this request closed", "the
# request has been closed" (not "we will close your request", nor "may be closed").
CLOSING_NOW = re.compile(rf"{CLOSED_NOW.pattern}|(?<!will\s)(?<!may\s)(?<!would\s)\b(?:is|are|am)\s+"
                         r"(?:now\s+|therefore\s+|accordingly\s+)?(?:administratively\s+)?closing\s+(?:it\b|"
                         r"(?:your|the|this|our|its)\s+(?:[\w-]+\s+){0,3}?(?:request|file|case)\b|(?:FOIA\s+|FOIL\s+)?"
                         r"request\s+(?:no\.?\s*|number\s+|#\s*)?(?=[A-Z0-9-]*\d)[A-Z0-9][\w-]*\d)|"
                         r"(?<!will\s)(?<!may\s)(?<!would\s)\b(?:has|have)\s+(?:now\s+|therefore\s+|accordingly\s+)?"
                         r"(?:administratively\s+)?closed\s+it\b", IC)
# Why a request is closed with no search for records, when the letter says it beside the closing: the request repeats
# one still open ("closing request 2027-EPA-00981 as a duplicate", "This request duplicates your request ..."), it is
# not a request the law or the regulations make the office answer ("it is not a perfected request under the FOIA",
# "does not comply with Department of Justice regulations", "an improper FOIA request", "it is not a request for public
# records under chapter 42.56 RCW": questions, not records asked for), or the records are already out ("Because the
# records are publicly available at the locations identified above, DEC considers this request closed"). A closing for
# one of these is neither a search that found nothing nor a withdrawal: other.
CLOSED_FOR_OTHER_REASON = re.compile(
    r"\b(?:as|is|was|be)\s+(?:a\s+)?duplicate\b|\ba\s+duplicate\s+(?:of|request)\b|\bduplicates\s+(?:your|the|a|an|"
    r"request|FOIA)\b|\bduplicative\s+of\b|"
    r"\bnot\s+(?:a\s+)?perfected\b|\b(?:does|did|do)\s+not\s+comply\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:regulations?|rules?|requirements)\b|\bimproper\s+(?:FOIA\s+|records?\s+)?request\b|"
    r"\bnot\s+a\s+(?:proper|valid)\s+(?:[\w-]+\s+){0,3}?request\b|"
    r"\bnot\s+a\s+(?:[\w-]+\s+){0,2}?request\s+for\s+(?:[\w-]+\s+){0,2}?records\b|"
    r"\b(?:records|documents|information|materials|they)\s+(?:you\s+(?:have\s+)?(?:requested|seek)\s+)?(?:are|is)\s+"
    r"(?:already\s+|now\s+)?(?:publicly\s+available|available\s+to\s+the\s+public|posted\s+(?:on|at))\b|"
    # ... or the records are had by another process than a request under the law, as the regulations send the
    # requester to it: "Your request must be made through this separate process", "records that are available through
    # other established procedures", "the IRS does not process requests for them under the FOIA", "the Department
    # cannot act on it under the FOIA" (not the law's own process: "processed under the FOIA")
    r"\b(?:available|obtained|obtainable|made|submitted|requested|had|sought)\s+(?:[\w-]+\s+){0,3}?(?:through|by|under|"
    r"via)\s+(?:an?\s+|the\s+|this\s+|that\s+|these\s+|its\s+|their\s+)?(?:other|another|separate|different|"
    r"established|existing)\s+(?:[\w-]+\s+)?(?:procedures?|process(?:es)?|channels?)\b|"
    r"\b(?:not|cannot|can\s*not|does\s+not|do\s+not|will\s+not)\s+(?:be\s+)?(?:process(?:ed)?|act\s+on|handle[d]?)\s+"
    r"(?:[\w-]+\s+){0,3}?under\s+the\s+(?:FOIA|Freedom\s+of\s+Information\s+Act)\b", IC)
# The office's refusal to give again what it gave the requester before (Texas's certification under Gov't Code
# § 552.232, Illinois's repeated requests under 5 ILCS 140/3(g), a court rule on requests that duplicate earlier ones):
# "The City is not required to comply again with a request for this information, and it will not furnish the same
# information a second time", "the Department will not provide those records again" (not a copy still offered: "we
# will not charge you again", nor a condition).
NOT_FURNISHED_AGAIN = re.compile(
    r"\b(?:will|shall|does|do|is|are|can|cannot)\s+not\s+(?:be\s+)?(?:furnish|provid|produc|send|sent|releas|copy|"
    r"cop(?:ied|y)|re-?produc|re-?send)\w*\s+(?:it|them|(?:the\s+same|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:information|records?|documents?|files?|materials?))\s+(?:to\s+you\s+)?(?:again|a\s+second\s+time|anew|twice)\b|"
    r"\bnot\s+(?:required|obligated|obliged)\s+to\s+(?:comply|respond|furnish|provide|produce)\s+(?:with\s+"
    r"(?:it|them|the\s+request|this\s+request)\s+)?again\b", IC)
# A sentence that only cites the law, between a reason and the closing it leads to: "See 26 C.F.R. § 601.702(d)(3).",
# "5 U.S.C. § 552(a)(3)(A)."
CITATION_ONLY = re.compile(r"^\W*(?:see\s+(?:also\s+)?)?(?:\d+\s+)?(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.|"
                           r"[A-Z][\w.']*(?:\s+[A-Z][\w.']*)*\s+(?:Code|Law|Stat\.?))\s*(?:§+\s*)?[\w.()-]+"
                           r"(?:\s*(?:,|and)\s*[\w.()-]+)*\.?\s*$", IC)
# An e-mail's confidentiality notice under the signature: "NOTICE: This e-mail, including any attachments, is intended
# only for the use of the individual or entity to which it is addressed and may contain information that is
# privileged, confidential, or protected by law ..."; "This message and any attachments may contain confidential
# information"; "If you are not the intended recipient, ...". Not "This e-mail is the final response to your request".
EMAIL_DISCLAIMER = re.compile(
    r"\bthis\s+(?:e-?mail|electronic\s+mail|message|transmission|communication)\b[^.]{0,160}?"
    r"(?:\bis\s+(?:intended|meant)\s+(?:only|solely|exclusively)\s+for\b|\bintended\s+(?:only|solely)\s+for\s+the\b|"
    r"\bmay\s+contain\s+(?:\w+\s+){0,3}(?:information|material|data)\s+(?:that\s+is\s+)?(?:\w+,?\s+){0,2}"
    r"(?:privileged|confidential|proprietary|legally\s+protected)|"
    r"\bmay\s+contain\s+(?:privileged|confidential|proprietary)\b)|"
    r"\bif\s+you\s+(?:are\s+not|have\s+received\s+this\s+(?:e-?mail|message|transmission|communication)\s+in\s+error)"
    r"[^.]{0,40}\bintended\s+recipient|\bnot\s+the\s+intended\s+recipient\b",
    IC)

EXEMPTION_BOILERPLATE = re.compile(r"explanation\s+of\s+exemptions|(?:foia|freedom\s+of\s+information\s+act)\s+"
                                    r"exemptions\s+(?:are|include)|exemption\s+codes|^\s*subsections\s+of\s+title|"
                                    # a sheet titled with the sections it sets out, a heading alone on its line:
                                    # "Applicable Sections of the Freedom of Information Act, 5 U.S.C. § 552" (the
                                    # EEOC's), "Applicable FOIA Exemptions:" (not a sentence about them)
                                    r"^\s*applicable\s+(?:(?:sections|subsections|exemptions|provisions)\s+(?:of|under)\s+"
                                    r"(?:the\s+)?(?:foia|freedom\s+of\s+information\s+act)|(?:foia\s+)?exemptions)"
                                    # (the heading run into the first section it sets out, as a PDF's lines are
                                    # read below a signature: "... 5 U.S.C. § 552 (b)(3) Specifically exempted")
                                    r"(?:\s*,?\s*(?:\(\s*)?5\s+U\.?\s?S\.?\s?C\.?\s*(?:§+\s*)?552(?:\s*\))?)?\s*:?"
                                    r"\s*(?:$|(?=\(b\)\(\d\)\s+[A-Z][a-z]))|"
                                    # The FBI's "FOIPA Addendum" of standard responses sent with every letter, its
                                    # Glomar notice for intelligence records among them: "(ii) Intelligence Records.
                                    # ... This is a standard notification that is made to all requesters."
                                    r"^(?:[A-Z][\w/]*\s+){0,3}addendum(?:\s*$|\s+(?:as\s+referenced|provides|"
                                    r"includes|contains)\b)", IC)
# An enclosed legend of every exemption, under a heading that is only a title ("FOIA Exemptions", "The Freedom of
# Information Act (5 USC 552)", "Exemptions of the Freedom of Information Act") and starting from the first, each with
# what it covers: "(b)(1) Information specifically authorized by an executive order ..." (not a form's boxes, "[X]
# (b)(1)", nor a sentence that applies it); the title may run into its first entry, as a PDF's lines are read.
EXEMPTION_LEGEND_HEADING = re.compile(r"^\s*(?:the\s+)?(?:(?:foia|freedom\s+of\s+information\s+act)"
                                      r"(?:\s*\(\s*5\s+U\.?\s?S\.?\s?C\.?\s*(?:§+\s*)?552\s*\))?"
                                      r"(?:\s+(?:exemptions|exemption\s+codes))?|exemptions\s+(?:of|under|to)\s+the\s+"
                                      r"(?:foia|freedom\s+of\s+information\s+act)|(?:foia\s+)?exemption\s+(?:codes|key|"
                                      r"legend))\s*:?\s*$", IC)
EXEMPTION_LEGEND_START = re.compile(r"^\s*(?P<titled>(?:foia|freedom\s+of\s+information\s+act)\s+exemptions\s*:?\s+)?"
                                    r"(?:exemption\s+)?\(\s*b\s*\)\s*\(\s*1\s*\)\s*[-:\u2013\u2014]?\s*"
                                    r"(?-i:[A-Z][a-z]+)\s+(?!(?:was|were|is|are|has|have|applies|applied)\b)", IC)
EXEMPTION_USE = re.compile(rf"{HAD_REMOVED}|"
                           # ... and "shielded by": "That information is shielded by 5 U.S.C. § 552(b)(4)"
                           r"withh|redact|pursuant|under|exempt|excepted|protect|\bshield(?:s|ed)?\b|appl(?:y|ied|ies)|"
                           r"cit(?:e|ed)|"
                           # ... a refusal beside its citation: "we will not be releasing the draft memo because it
                           # is predecisional, 5 U.S.C. § 552(b)(5)", "cannot be disclosed, RCW 42.56.240(1)"
                           r"\b(?:not|cannot)\s+(?:be\s+)?(?:releas|disclos)\w*|"
                            # a legal citation given for the reasoning before it: "See 5 U.S.C. § 552(b)(6), (7)(C)."
                            r"^\s*see\s+(?:also\s+)?(?:5\s+U\.?\s?S\.?\s?C|exemptions?\b)|"
                            r"deletion|excis|invok|based\s+on|denied|basis|"
                            # ... the law's leave to refuse: "K.S.A. 45-221(a)(29) permits a public agency to refuse to
                            # disclose correctional records", "may decline to release"
                            r"\b(?:refuse|decline)\s+to\s+(?:disclose|release|produce|provide)\b|"
                            # ... and its words that the office need not give them out, the law the subject and no
                            # "under" beside it: "K.S.A. 45-221(a)(10) provides that a public agency shall not be
                            # required to disclose criminal investigation records", "such records are not required to
                            # be disclosed", "need not be released" (not the requester's: "you are not required to
                            # disclose the purpose of your request", nor a duty only of another kind: "is not required
                            # to create a record")
                            r"(?<!\byou\s)\b(?:is|are|was|were|shall|will)\s+not\s+(?:be\s+)?required\s+to\s+"
                            r"(?:disclose|release|produce|make\s+(?:them\s+|it\s+)?(?:public|available))\b|"
                            r"\bnot\s+required\s+to\s+be\s+(?:disclosed|released|produced|made\s+(?:public|available))\b|"
                            r"(?<!\byou\s)\bneed\s+not\s+(?:be\s+)?(?:disclosed?|released?|produced?)\b|"
                            # the harm said of the release or disclosure of the records: "the release of the
                            # photographs would reveal information ..., N.J.S.A. 47:1A-3(a)" (not "would not reveal");
                            # and New Jersey's test for it, "inimical to the public interest"
                            r"\b(?:release|disclosure)\s+of\s+(?:[\w'-]+\s+){1,4}?(?:would|could|might)\s+"
                            r"(?!not\b|never\b)(?:reasonably\s+be\s+expected\s+to\s+)?(?:\w+\s+)?(?:constitute|cause|"
                            r"interfere|endanger|jeopardi[sz]e|harm|reveal|identify|compromise|impair)\b|"
                            r"(?<!\bnot\s)(?<!\bnot\sbe\s)\binimical\s+to\s+the\s+public\s+interest\b|"
                            # ... and the harm in the statute's own words of Exemption 7, as a legend of the exemptions
                            # applied quotes them, the records the subject: "(b)(7)(E) Records or information compiled
                            # for law enforcement purposes that would disclose techniques and procedures ...", "could
                            # reasonably be expected to disclose the identity of a confidential source", "could
                            # reasonably be expected to endanger the life or physical safety of any individual" (not
                            # "would not disclose any technique")
                            r"\b(?:would|could)\s+(?:reasonably\s+be\s+expected\s+to\s+)?(?:disclose|endanger|deprive)\s+"
                            r"(?:techniques|guidelines|the\s+identity|the\s+life|a\s+person)\b|"
                            r"\brisk\s+circumvention\s+of\s+the\s+law\b|"
                            # Missouri's word for what a law keeps back: "Section 610.100.2, RSMo, provides that
                            # investigative reports ... are closed records until the investigation becomes inactive"
                            r"\bclosed\s+(?:public\s+)?records\b|"
                            # a law restricting what may be given out: "criminal history information, the
                            # dissemination of which is restricted by SDCL 23-5-11"
                            r"\b(?:dissemination|disclosure|release|access|inspection)\s+(?:(?:of|to)\s+(?:[\w'-]+\s+){1,4}?)?"
                            r"(?:is|are|was|were)\s+(?:strictly\s+)?(?:restricted|limited)\s+"
                            r"(?:by|under)\b|"
                            # the law's leave to keep something back: "Public Officers Law § 87(2)(b) permits the
                            # Department to keep those names confidential", "would be an unwarranted invasion of
                            # personal privacy (Public Officers Law § 87(2)(b))"
                            r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bnon-)\bconfidential|\bunwarranted\s+invasion\b|"
                            # Hawaii's "disclosure would frustrate a legitimate government function"
                            r"(?<!\bnot\s)(?<!\bnever\s)\bfrustrat\w*\s+(?:of\s+)?(?:a\s+|the\s+)?legitimate\s+government(?:al)?\s+functions?\b|"
                            # the harm of disclosing it, the law's bar or leave to keep it back, and what was taken
                            # out: "disclosing it would reveal them: Public Officers Law § 87(2)(e)(iv)", "as A.R.S.
                            # § 41-1750 prohibits its release", "a victim may keep from disclosure under ...", "was also
                            # removed, as ..."
                            r"\b(?:disclosing|releasing|revealing|publishing)\s+(?:\w+\s+){1,2}?(?:would|could|might)\b|"
                            r"(?<!\bnot\s)\b(?:prohibit|forbid|bar)s?\s+(?:its|their|the|any|public)\s+(?:\w+\s+)?(?:release|"
                            r"disclosure|dissemination|inspection)\b|\bkeeps?\s+(?:[\w'-]+\s+){0,3}?from\s+"
                            r"(?:public\s+)?(?:disclosure|release|inspection)\b|\b(?:was|were|been|is|are)\s+(?:also\s+)?"
                            r"(?:removed|blacked\s+out)\b|"
                            # what is put beyond reach or kept back: "C.R.S. § 24-72-204(3)(a)(I) likewise places
                            # them off limits", "kept back in its entirety as a personnel record, § 4-311"; and what
                            # the office blacked out itself: "We have blacked out the names of the students ..."
                            r"\b(?:places?|puts?|keeps?|placed|put|kept)\s+(?:\w+\s+){0,3}?off[\s-]+limits\b|"
                            r"\b(?:kept|held)\s+back\b|\b(?:have|has|had)\s+(?:blacked|whited|inked)\s+out\b|"
                            # a class of records not public labelling a paragraph: "Controlled: Records containing
                            # medical data ..., Utah Code § 63G-2-304."
                            + CLASS_LABEL + "|"
                            # Virginia's "excluded from mandatory disclosure by Va. Code § 2.2-3705.5(1)", also
                            # with the article: "excluded from the mandatory disclosure provisions of FOIA by ..."
                            # (not "excluded from the release" alone)
                            r"\bexclud(?:ed|es|ing)\s+from\s+(?:(?:the\s+)?(?:mandatory|public)\s+|(?!the\b))"
                            r"(?:disclosure|release|inspection)\b|"
                            # what a law provides puts records outside the act or beyond inspection: "KRS 17.150(4)
                            # provides that centralized criminal history records are not subject to public
                            # inspection", "KRS 61.878(1)(l) excludes from the Open Records Act public records the
                            # disclosure of which is prohibited ..." (not the act's grant of access in a clause of its
                            # own: "Although the Open Records Act, Ala. Code § 36-12-40, provides that every citizen
                            # has a right to inspect ..., Alabama law recognizes that certain records are not subject
                            # to public disclosure")
                            r"\b(?:provides?|states?|makes?\s+clear|declares?)\s+that\s+[^,;.]{0,100}?\bnot\s+(?:\w+\s+)?"
                            r"(?:open|available|subject)\s+(?:to|for)\s+(?:public\s+)?"
                            r"(?:inspection|disclosure|release|copying|access)\b|"
                            # ... or are no records the act reaches: "N.J.A.C. 10A:22-2.3(a)(2) provides that an
                            # inmate's medical and mental health records are not government records subject to public
                            # access", "the regulation states that such reports are not considered public records"
                            r"\b(?:provides?|states?|makes?\s+clear|declares?)\s+that\s+[^,;.]{0,100}?\b(?:is|are)\s+not\s+"
                            r"(?:considered\s+|deemed\s+|treated\s+as\s+)?(?:an?\s+)?(?:government|public)\s+records?\b|"
                            r"\bexclud(?:es|ed|ing)\s+from\s+(?:the\s+)?(?:application\s+of\s+(?:the\s+)?)?"
                            r"(?:[A-Z][\w.'-]*\s+){0,4}(?:Act|Law)\b|"
                            # the law forbidding release: "... may not be released before the investigation is
                            # disposed of, Wis. Stat. § 19.36(10)(b)"; or passed on: "which may not be disseminated
                            # except as authorized by A.R.S. § 41-1750"
                            r"\bnot\s+be\s+(?:further\s+)?(?:released|disclosed|made\s+public|produced|disseminated|divulged|"
                            r"redisclosed|re-disclosed)\b|"
                            # ... or the release said to be barred: "Release of that information is barred by Ohio
                            # Rev. Code § 3319.321"; or allowed only as the law provides: "which may be disseminated
                            # only as provided in NRS 179A.100"
                            + RELEASE_BARRED + "|" + RELEASE_ONLY_AS_PROVIDED + "|"
                            # ... or the law's bar on giving access: "Wisconsin Statute § 19.36(10)(b) provides that an
                            # authority shall not provide access to information relating to the current investigation"
                            + ACCESS_BARRED, IC)
# Records found wrongly or rightly kept back by a review body, in either order in one sentence (see APPEAL_RESULTS).
WRONGLY_KEPT = r"(?<!not\s)\b(?:improperly|wrongly|unlawfully)\s+(?:withheld|denied|redacted)\b"
RIGHTLY_KEPT = r"(?<!not\s)\b(?:properly|correctly|rightly|lawfully)\s+(?:withheld|denied|redacted|excised)\b"
# The Act found broken ("did not violate", "has not violated" are not): "the Department violated the Public Records
# Act by denying access to the incident reports".
_VIOLATED_PLAIN = r"(?<!\bnot\s)\bviolated\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:act|law|FOIA|statutes?)\b"
# A complaint or appeal dismissed as to some of the records only: "the complaint is dismissed as to those records",
# "the appeal is denied with respect to the investigative file".
DISMISSED_AS_TO = (r"\b(?:complaint|appeal|petition)\s+(?:is|was|has\s+been|shall\s+be)\s+(?:hereby\s+)?"
                   r"(?:dismissed|denied)\s+(?:only\s+)?(?:as\s+to|with\s+(?:respect|regard)\s+to|insofar\s+as)\b")
# A denial or withholding a review finds was not proper, its ground named in it: "DOCARE's denial of the remainder of
# the records under HRS § 92F-13(3) was not proper", "the redactions under Exemption 5 were improper" (not "was not
# improper", nor "was proper").
DENIAL_NOT_PROPER = re.compile(r"\b(?:denial|withholding|redaction)s?\b[^.;]{0,140}?\b(?:was|were|is|are)\s+"
                               r"(?:(?:therefore|thus|also)\s+)?(?:not\s+(?:proper|justified|lawful|appropriate|"
                               r"permissible)|improper|unlawful|unjustified|impermissible)\b", IC)
# A ground a review body finds does not reach the records, the ground named before: "ORS 441.671 does not, by its terms,
# apply to the facility-level findings in these summaries", "Exemption 7(A) does not apply to the closed file", "section
# 7(1)(d)(i) is inapplicable here" (not a question, nor what an exemption covers told of the law: "whether Exemption 5
# applies", "the exemption does not apply if the investigation is closed" is a condition and is read where it is).
GROUND_NOT_APPLYING = re.compile(r"(?<!\bwhether\s)\b(?:does|do|did)\s+not(?:\s*,\s*[^,.;]{1,40}?,)?\s+(?:apply|extend|"
                                 r"reach)\s+to\b(?![^.;]*\b(?:if|unless|where|when)\b)|\b(?:is|are)\s+(?:therefore\s+|thus\s+|"
                                 r"also\s+)?(?:inapplicable|not\s+applicable)\b(?![^.;]*\b(?:if|unless)\b)", IC)
# A withholding the appeal leaves unchallenged, so that it stands beside what the decision upholds: "The Appellant does
# not challenge the redactions made under Exemption 6", "You did not challenge the redactions of personal telephone
# numbers and e-mail addresses made under Exemption 6", "The withholdings under Exemption 7(E) were not contested".
NOT_CHALLENGED = re.compile(r"\b(?:do|does|did)\s+not\s+(?:challenge|contest|dispute|appeal|object\s+to)\b|"
                            r"\b(?:has|have)\s+not\s+(?:challenged|contested|disputed|appealed|objected\s+to)\b|"
                            r"\b(?:is|are|was|were)\s+not\s+(?:challenged|contested|disputed|appealed|at\s+issue)\b",
                            IC)
# An appeal that takes up only part of the answer, what it takes up after: "The Appellant challenges only the
# withholding of the 12 pages", "Your appeal challenges only the withholdings under Exemption 5", "On appeal, you
# contest only the redactions made under Exemption 6", "Your appeal is limited to the withholding of the draft
# memoranda" (not "SSI determinations may be challenged only in a United States Court of Appeals").
# ... or that names the grounds it takes up, of those the answer applied: "Your appeal challenges the withholdings under
# Exemption 5 and asserts that NTIA's search was inadequate", "You contested the redactions made pursuant to Exemption
# 4" (the grounds it names are what it takes up; not a challenge to be made: "you may challenge the withholding ...").
APPEAL_CHALLENGES_GROUNDS = re.compile(
    r"^\W*(?:(?:on\s+|in\s+(?:your|the|its)\s+)appeal,?\s+)?(?:your\s+appeal|the\s+appeal|you|the\s+appellant|appellant)\s+"
    r"(?:challenge[sd]?|contest(?:s|ed)?|dispute[sd]?)\s+(?:the\s+|\w+'s\s+)?(?:withholdings?|redactions?)\s+"
    r"(?:made\s+)?(?:under|pursuant\s+to)\s+", IC)
APPEAL_LIMITED_TO = re.compile(r"(?<!\bbe\s)(?<!\bmay\s)(?<!\bcan\s)\b(?:challeng(?:es|ed|e)|contest(?:s|ed)?|"
                               r"dispute[sd]?|appeal(?:s|ed)?)\s+only\s+|"
                               r"\b(?:appeal|challenge)\s+(?:is|was)\s+limited\s+to\s+", IC)
# ... the pages it names, and a sentence that gives those pages' ground: "withholding 12 pages in full under Exemption
# 5" (the ground cut off at the next thing done: "... under Exemption 5 and releasing 41 pages under Exemption 6").
PAGES_NAMED = re.compile(rf"\b(?P<n>{COUNT})\s+pages?\b", IC)
GROUND_CLAUSE_END = re.compile(r";|\band\s+(?:\w+ing|released|withheld|redacted|denied)\b|,\s+(?:\w+ing|released|"
                               r"withheld|redacted|denied)\b", IC)
APPEAL_RESULTS = (
    ("partly", re.compile(r"(?:affirm|uphold|upheld|remand|revers|grant|den|sustain)\w*\s+(?:\w+\s+){0,4}in\s+part|"
                          # the action appealed from upheld in part, named at length with its agency and the request:
                          # "I am affirming DEA's action on your client's request in part", "we uphold the Bureau's
                          # determination on your request in part" (not "in part because ...", the reason given)
                          r"\b(?:affirm|uphold|upheld|sustain)\w*\s+(?:the\s+)?(?:[\w.&-]+(?:'s|\u2019s)\s+|[\w.&-]+\s+){0,3}?"
                          r"(?:action|decision|determination|response|denial|withholding)s?\s+(?:(?:on|of|to|in\s+response"
                          r"\s+to)\s+(?:[\w.&'\u2019-]+\s+){1,5}?)?in\s+part\b(?!\s+(?:because|due|on\s+the\s+(?:basis|"
                          r"ground)|for\s+the\s+reason))|"
                          # a disclosure ordered of all but a part: "must therefore disclose the reports with only the
                          # personal information redacted"
                          # ... the details taken out listed at length: "must disclose the requested complaint
                          # records to Requester, with the complainants' names, addresses, telephone numbers and
                          # e-mail addresses redacted under HRS § 92F-13(1)"
                          rf"{AGENCY_MUST_DISCLOSE}[^.;]{{0,120}}?\bwith\s+(?:only\s+)?(?:the\s+)?[^.;]{{0,110}}?"
                          r"\b(?:redacted|withheld|excised|removed)\b|"
                          # more of the records given out on review, the rest found rightly kept back
                          rf"(?:{MORE_RELEASED_ON_REVIEW}).*(?:{REST_PROPERLY_WITHHELD})|"
                          rf"(?:{REST_PROPERLY_WITHHELD}).*(?:{MORE_RELEASED_ON_REVIEW})|"
                          # a fee appeal decided by lowering the fee: some of what was asked is still owed
                          rf"{_FEE_VERDICT}(?:reduce|lower)\s+"
                          r"(?:the|your|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?)\b|"
                          # "the Department has changed its position in part"
                          rf"{CHANGED_POSITION}\s+in\s+part\b|"
                          # "your appeal is granted with respect to the cost worksheets and denied with respect to the
                          # residents' personal information"
                          rf"\b(?:grant|den)\w*\s+{PART_NAMED}[^.;]{{0,150}}?\b(?:grant|den)\w*\s+{PART_NAMED}|"
                          # a finding that the agency fell short in one thing and not in another
                          rf"(?:{FELL_SHORT}).*(?:{NOT_VIOLATED})|(?:{NOT_VIOLATED}).*(?:{FELL_SHORT})|"
                          # ... or carried its burden for one withholding and not for another: "the Department has not
                          # met its burden to withhold the internal affairs report in its entirety" ... "I find that
                          # the Department has met its burden to redact this information under Exemption (c)"
                          rf"(?:{FELL_SHORT}).*{BURDEN_CARRIED}|{BURDEN_CARRIED}.*(?:{FELL_SHORT})|"
                          r"partially\s+(?:affirm|remand|revers|grant)|partly\s+(?:affirm|remand|revers|grant)|"
                          r"part\s+and\s+(?:affirm|remand|revers)|"
                          # an appeal granted only as to one thing, the rest upheld: "I am therefore granting your
                          # appeal as to the pricing redactions and otherwise affirming the FOIA Office's response",
                          # "the appeal is granted with respect to the e-mails", "affirmed in all other respects"
                          r"\b(?:grant|revers|overturn)\w*\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,2}?appeal\s+(?:only\s+)?"
                          r"(?:as\s+to|with\s+(?:respect|regard)\s+to|insofar\s+as)\b|\bappeal\s+(?:is|has\s+been)\s+"
                          r"(?:hereby\s+)?(?:granted|sustained)\s+(?:only\s+)?(?:as\s+to|with\s+(?:respect|regard)\s+to|"
                          r"insofar\s+as)\b|\botherwise\s+(?:affirm|uphold|sustain)\w*|"
                          # ... the "otherwise" leading the sentence, after what the office agreed to release: "OIG
                          # has agreed to release the report to you with redactions. ... Otherwise, I am affirming
                          # OIG's action on your request", "Otherwise, we affirm", "In all other respects, I am
                          # upholding the denial" (the rest upheld, so in part)
                          r"^\W*(?:otherwise|in\s+all\s+other\s+respects)\s*,\s*(?:i|we)\s+(?:am\s+|are\s+|"
                          r"(?:hereby|therefore|accordingly)\s+)?(?:affirm|uphold|sustain)\w*|"
                          # ... or the rest dismissed after an order to release: "1. Forthwith, the respondents shall
                          # provide the complainant with a copy of the recordings ... 2. The complaint is otherwise
                          # dismissed." (a Freedom of Information Commission's order)
                          r"\b(?:complaint|appeal|petition)\s+(?:is|has\s+been)\s+(?:hereby\s+)?otherwise\s+"
                          r"(?:dismissed|denied)\b|(?:affirm|uphold|upheld|sustain)\w*\b"
                          r"[^.;]{0,80}?\bin\s+all\s+other\s+respects\b|"
                          # a decision changed, neither upheld nor overturned whole: "The Department's decision is
                          # modified as follows", "I am modifying the denial"
                          r"(?:decision|determination|action|denial|response)\b[^.;]{0,60}?\b(?:is|was|has\s+been)\s+"
                          r"(?:hereby\s+|therefore\s+|accordingly\s+)?modified\b|\b(?:am|are|is|have|has)\s+(?:hereby\s+)?"
                          r"modif(?:ying|ied)\s+(?:the|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:decision|"
                          r"determination|denial|response)\b|"
                          # "upheld as to Exemptions 6 and 7(C) and overturned as to Exemption 7(E)"
                          rf"(?:affirm|uphold|upheld|sustain)\w*\s+{PART_NAMED}[^.;]{{0,150}}?\b(?:revers|overturn)\w*\s+"
                          rf"{PART_NAMED}|(?:revers|overturn)\w*\s+{PART_NAMED}[^.;]{{0,150}}?\b(?:affirm|uphold|upheld|"
                          rf"sustain)\w*\s+{PART_NAMED}|"
                          # the agency violated the Act in one thing and did not in another
                          # (not "has not violated FOIA as alleged ... did not violate FOIA", one finding twice)
                          r"\bdid\s+not\s+violate\b.*(?<!\bnot\s)\bviolated\b|(?<!\bnot\s)\bviolated\b.*"
                          r"\bdid\s+not\s+violate\b|"
                          # the custodian lawfully denied access to one record and unlawfully to another
                          rf"(?:{LAWFULLY_DENIED}).*{UNLAWFULLY_DENIED}|"
                          rf"{UNLAWFULLY_DENIED}.*(?:{LAWFULLY_DENIED})|"
                          # ... or some records wrongly kept back and others rightly: "improperly withheld the use of
                          # force reports in their entirety, but properly redacted the home addresses"
                          rf"{WRONGLY_KEPT}.*{RIGHTLY_KEPT}|{RIGHTLY_KEPT}.*{WRONGLY_KEPT}|"
                          # ... or the Act found broken by one denial and another withholding found proper, or the
                          # complaint dismissed as to it: "the Police Department violated the Public Records Act by
                          # denying access to the incident reports" ... "the respondent properly withheld the
                          # investigative file ..., and the complaint is dismissed as to those records" (a finding that
                          # the answer was only late is weighed apart, _late_answer_findings)
                          rf"{_VIOLATED_PLAIN}.*(?:{RIGHTLY_KEPT}|{DISMISSED_AS_TO})|"
                          rf"(?:{RIGHTLY_KEPT}|{DISMISSED_AS_TO}).*{_VIOLATED_PLAIN}|"
                          # ... or found not to break the law in keeping the others back: "the Department improperly
                          # withheld the arrest report ..., but did not violate FOIA by withholding the supplementary
                          # investigative reports"
                          rf"{WRONGLY_KEPT}.*(?:{NOT_VIOLATED})|(?:{NOT_VIOLATED}).*{WRONGLY_KEPT}|"
                          # ... or the custodian's decision squares with the law in one thing and not in another
                          rf"(?:{CONSISTENT_WITH_LAW}).*(?:{INCONSISTENT_WITH_LAW})|"
                          rf"(?:{INCONSISTENT_WITH_LAW}).*(?:{CONSISTENT_WITH_LAW})|"
                          r"\bconsistent\s+with\b[^.;]{0,60}?\bin\s+part\s+and\s+(?:inconsistent|not)\b", IC)),
    ("remanded", re.compile(rf"remand|{REQUEST_SENT_BACK}|{INSTRUCTED_TO_REDO}|"
                            # (the requester named between, hyphenated or with an apostrophe: "provide Mr.
                            # Haverford-Nnamdi with a response", "Ms. O'Neill")
                            r"(?:ordered|directed|required)\s+to\s+(?:provide\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:a\s+)?"
                            r"(?:new\s+|further\s+|supplemental\s+)?response|respond|conduct|perform|issue\s+a)", IC)),
    ("affirmed", re.compile(rf"{NOT_VIOLATED}|{LAWFULLY_DENIED}|{CONSISTENT_WITH_LAW}|"
                            rf"{NOTHING_FURTHER_WARRANTED}", IC)),
    ("reversed", re.compile(rf"{INCONSISTENT_WITH_LAW}|"
                            rf"revers|overturn|^(?!.*\bwhether\b){_ALLEGED}{_DENIAL_SUPPOSED}.*?\b(?:improperly|"
                            r"wrongly|unlawfully)\s+"
                            rf"(?:withheld|denied)|{VIOLATED}|"
                            rf"{MORE_RELEASED_ON_REVIEW}|"
                            rf"{WRONGLY_CHARGED}|"
                            rf"{_FEE_VERDICT}waive\s+"
                            r"(?:the|your|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?)\b|"
                            rf"{SHOULD_NOT_HAVE_BEEN}|"
                            rf"{MUST_BE_DISCLOSED}|{ORDERED_TO_REQUESTER}|{FELL_SHORT}|{DECIDED_FOR_YOU}|"
                            # the body ordered to give out what it kept back: "The County must therefore disclose the
                            # logs" (not a condition or what the law provides, nor only the rest or with parts removed)
                            r"^(?![^.;]*\b(?:if|whether|unless|provides|requires|generally|law|act)\b)[^.;]*?"
                            rf"{AGENCY_MUST_DISCLOSE}(?![^.;]*\b(?:remaining|remainder|except|other\s+than|redact\w*|"
                            r"portions?)\b)|"
                            r"(?<!did\snot\s)\bviolated\s+the\b|"
                            r"(?:appeal|petition)\s+(?:is|has\s+been)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
                            r"(?:granted|sustained)|"
                            # ... found to be due: "we find that your appeal should be granted"
                            r"(?:appeal|petition)\s+(?:should|must|shall|will)\s+be\s+(?:granted|sustained)\b|"
                            r"granting\s+your\s+appeal|"
                            r"\b(?:we|i)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?grant\s+(?:the|your|this)\s+"
                            r"(?:[\w-]+\s+){0,2}appeal\b(?!\s+in\s+part)|"
                            r"\bordered\s+that\s+(?:the|your|this)\s+appeal\b[^;]{0,200}?\b(?:is|be)\s+"
                            r"(?:hereby\s+)?granted\b|"
                            r"\bappeal\b[^.;]{0,60}?\b(?:and|but)\s+(?:it|the\s+appeal)\s+(?:is|has\s+been)\s+"
                            r"(?:hereby\s+)?(?:granted|sustained)", IC)),
    ("affirmed", re.compile(rf"{APPEAL_UNTIMELY.pattern}|"
                            rf"affirm|uphold|upheld|{DECISION_STANDS}|{REST_PROPERLY_WITHHELD}|{_RESPONSE_CORRECT}|"
                            rf"{LEFT_AS_IT_WAS}|"
                            rf"{DECIDED_AGAINST_YOU}|"
                            rf"{COMPLAINT_DOCKETED}(?:is|has\s+been)\s+(?:hereby\s+|therefore\s+)?"
                            rf"dismissed{NOT_AS_MOOT}|(?:{COMPLAINT_DISMISSED}){NOT_AS_MOOT}|(?:appeal|petition)\s+(?:is|has\s+been)\s+(?:hereby\s+|therefore\s+|"
                            r"accordingly\s+)?denied|(?:appeal|petition)\s+(?:should|must|shall|will)\s+be\s+denied\b|"
                            r"\bappeal\b[^.;]{0,60}?\b(?:and|but)\s+(?:it|the\s+appeal)\s+(?:is|has\s+been)\s+"
                            r"(?:hereby\s+)?denied|"
                            r"deny(?:ing)?\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,2}appeal\b(?!\s+in\s+part)|"
                            r"\bordered\s+that\s+(?:the|your|this)\s+appeal\b[^;]{0,200}?\b(?:is|be)\s+"
                            r"(?:hereby\s+)?denied\b|sustain\w*\s+the|"
                            # "I decline to order the Office to produce the withheld records"; "the Office has met its
                            # burden" (not "has not met")
                            r"\bdecline[sd]?\s+to\s+order\b|(?<!not\s)\b(?:met|borne|carried|sustained|satisfied)\s+(?:its|her|his|their|"
                            r"the)\s+burden\b", IC)),
    # An appeal closed with nothing left to decide: "your appeal is closed as moot", "administratively closed",
    # "I am closing your appeal" (checked last: "I will consider this appeal closed" after an affirmance is that).
    # ... or no dispute left to decide: "there is no longer a live dispute for the Office to decide, and this appeal is
    # dismissed", "the Attorney General shall decline to issue a decision".
    ("closed", re.compile(r"\bmoot\b|administratively\s+clos|\bno\s+longer\s+(?:a\s+|any\s+)?live\s+(?:dispute|"
                          r"controversy)\b|\bdecline\s+to\s+issue\s+a\s+decision\b|\bclos(?:e|ed|ing)\s+(?:your|the|this)\s+"
                          r"(?:[\w'\u2019]+\s+){0,2}?appeal\b|"
                          # ... or the appeal named by its number: "closing Appeal 2027-A-01", "closing appeal No.
                          # 26-0412"
                          r"\bclosing\s+(?:FOIA\s+|administrative\s+)?appeal\s+(?:no\.?\s*|number\s+|#\s*)?[A-Z]*-?\d|"
                          r"\bappeal\s+(?:\w+\s+){0,2}(?:is|has\s+been|was)\s+(?:hereby\s+|therefore\s+|"
                          r"accordingly\s+|now\s+)?closed\b|\bconsider\s+(?:this|your|the)\s+(?:\w+\s+)?appeal\s+"
                          # "we consider the appeal to be closed", "... as closed"
                          r"(?:to\s+be\s+|as\s+)?closed|"
                          # ... or left undecided: "will not adjudicate your appeal", "appeal 2027-04A is closed"
                          rf"{APPEAL_LEFT_UNDECIDED}|"
                          # ... or a mediation closed: "It concludes our mediation of the dispute over ..."
                          rf"{MEDIATION_CONCLUDED}",
                          IC)),
)
APPEAL_OUTCOMES = {"affirmed": Outcome.DENIED, "reversed": Outcome.FULL_GRANT, "partly": Outcome.PARTIAL_GRANT,
                   "remanded": Outcome.OTHER, "closed": Outcome.OTHER}
# Tennessee's response form: "The time reasonably necessary to produce the records is estimated to be 30 days".
# The first response a state's law requires within days of receipt, with an estimate of the time needed (Washington's
# five-business-day letter under RCW 42.56.520): its "additional time" is that estimate, not an extension.
# ... and Georgia's three-business-day notice, the first answer with its timeline: "In accordance with O.C.G.A. §
# 50-18-71(b)(1)(A), this letter provides notice that responsive records exist but cannot be made available within
# three business days".
# ... and Missouri's and Kansas's three-business-day notices, whose law makes the first answer give the cause of the
# delay and the earliest day the records will be available: "Pursuant to Section 610.023.3, RSMo, this is to notify you
# that access to the requested records cannot be provided within three business days" (RSMo 610.023.3, K.S.A.
# 45-218(d)).
FIRST_RESPONSE_ESTIMATE = re.compile(r"42\.56\.520|\b610\.023(?:\.3\b|\s*\(3\))|\b45-218\s*\(d\)|"
                                     r"\bwithin\s+(?:five|5)\s+(?:\(5\)\s+)?business\s+days\s+of\s+"
                                     r"(?:receiving|(?:the\s+)?receipt\s+of)\s+your\s+request|"
                                     # ... the records named at length, "they" taken up: "Records that answer your
                                     # request exist, but they cannot be made available within three business days"
                                     r"50-18-71\s*\(b\)\s*\(1\)\s*\(A\)|\brecords\b(?:\s+(?:that|which)\s+[^.;,]{1,60}?)?\s+"
                                     r"exist,?\s+but\s+(?:they\s+|the\s+records\s+)?(?:cannot|can\s+not)\s+be\s+"
                                     r"(?:made\s+available|provided|produced)\s+within\s+(?:three|3)\s+(?:\(3\)\s+)?"
                                     r"business\s+days", IC)
# The office's own estimate of when it will answer, in the first answer: "The NYPD expects to provide a response to your
# request on or about 03/31/2027" (New York's acknowledgement with its approximate date), "the Department anticipates
# that it will furnish the responsive records on or before December 23, 2026", "we estimate that the records will be
# produced by ...".
ESTIMATED_ANSWER = re.compile(r"\b(?:expects?|expected|anticipates?|anticipated|estimates?|estimated|projects?|"
                              r"projected)\b(?:\s+that)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:will|to|would)\s+(?:be\s+)?)?"
                              r"(?:(?:able\s+to|in\s+a\s+position\s+to)\s+)?(?:furnish|provide|produce|respond|send|release|"
                              r"complete|issue|make|finish|furnished|provided|produced|sent|released|completed|issued|"
                              # ... or to decide it, as FOIL's words have it: "DEC expects to grant or deny your
                              # request, in whole or in part, on or about January 29, 2027"
                              r"made|grant|deny|granted|denied)\w*\b", IC)
# ... or the form's box that says so without the phrase, the records not promptly to be had: "It is not practicable for
# the MNPD to promptly provide the requested records because additional time is necessary ...", "it is not practicable
# to make the requested records promptly available" (Tenn. Code Ann. § 10-7-503(a)(2)(B)(iii))
TIME_REASONABLY_NECESSARY = re.compile(r"\btime\s+reasonably\s+necessary\s+to\s+(?:produce|provide|respond)|"
                                       r"\bnot\s+practicable\s+(?:for\s+(?:[\w'\u2019-]+\s+){1,6}?)?to\s+"
                                       r"(?:[\w-]+\s+){0,4}?promptly\b", IC)
# The request's own words quoted in the sentence that answers it, after what introduces them: "This letter is in
# response to your request made pursuant to the Tennessee Public Records Act ... for "the complete file ..., including
# the final disposition letter."", 'in response to your request for "all final determinations ..."' (the quotation
# only, the sentence kept: sub with r'\1""').
REQUEST_WORDS_QUOTED = re.compile(r"(\byour\s+(?:[\w-]+\s+){0,3}?request\b[^\"\u201c\u201d]{0,200}?\bfor\s*:?\s*)"
                                  r"[\"\u201c][^\"\u201c\u201d]{20,}[\"\u201d]", IC)
# A sentence about the receipt of an appeal (or of a complaint to a review body), not of the request.
# What a request is for, after its noun: "received your request on July 29, 2026, for Individual Assistance appeal
# logs" (an "appeal" there is the subject of the records sought, not an appeal received).
# The request's own words quoted, whatever they name: "Your request was received by the Open Records Office on November
# 17, 2026, and seeks: "All grievances, grievance responses and appeals filed by or concerning your client ..."" (an
# "appeal" there is what the records are of; a short quotation, a title, stays).
# (a quotation opens after a space or a colon, never between two defined terms: '("OOR") received this appeal under
# the Right-to-Know Law ("RTKL")')
QUOTED_WORDS = re.compile(r"(?:(?<=\s)|(?<=:)|^)[\"\u201c](?=\S)[^\"\u201c\u201d]{20,}(?<=\S)[\"\u201d]")
REQUEST_SUBJECT = re.compile(r"(\brequests?\b(?:[^.;]|\.(?=\s?\d)){0,60}?)\b(?:for|seeking|concerning|regarding)\s+"
                             r"(?!review\b|reconsideration\b|(?:the\s+ombudsman'?s?\s+)?mediation\b)(?:copies\s+of\s+)?"
                             r"[^,;]*", IC)
# ... and what a request is for told after its receipt, to the sentence's end, the records listed one after another:
# "your FOIA request to the Federal Emergency Management Agency (FEMA), received in this office on November 20, 2026,
# for copies of the inspection reports, applicant appeal decisions and quality-control reviews" (the "appeal" is one
# of the records sought); the request named first, its receipt and the day (with its year or its day of the month)
# set off by commas, then the object. Not a request for review, which is the appeal itself, nor a clause of its own
# after the object ("..., and your appeal of ...").
REQUEST_OBJECT_AFTER_RECEIPT = re.compile(
    r"(\brequests?\b[^;]{0,200}?\b(?:received|logged|docketed|entered)\b[^;]{0,80}?"
    r"(?:\b(?:19|20)\d\d|\b\d{1,2}(?:st|nd|rd|th)?),\s+)"
    r"(?:for|seeking|concerning|regarding)\s+(?!(?:an?\s+|the\s+)?(?:review|reconsideration|appeal)\b|"
    r"(?:the\s+ombudsman'?s?\s+)?mediation\b)"
    r"(?:(?!,\s+and\s+(?:your|this|our|we|it)\b)[^;])*", IC)
# A request the law treats as denied for want of an answer: "the Request was deemed denied", "is deemed a denial".
DEEMED_DENIED = re.compile(r"\bdeemed\s+(?:to\s+(?:have\s+been\s+|be\s+)?)?(?:denied|a\s+denial)\b", IC)
# A complaint or appeal filed with the review body that now writes: "The complaint was filed with the Commission on
# December 1, 2026" (the day it came in there).
APPEAL_FILED = (r"\b(?:appeal|complaint|petition|request\s+for\s+review)\b[^.;]{0,60}?\b(?:was|were|has\s+been)\s+"
                rf"filed\s+(?:with|in|at)\s+(?:the|this|our)\b|{YOUR_COMPLAINT_FILED}")
# The letter that appeals, taken in: "The Office ... took delivery of your letter on November 20, 2026", "we received
# your e-mail on ..." (read as the appeal's receipt where the sentence before names the appeal).
LETTER_TAKEN_IN = re.compile(r"\b(?:received|took\s+delivery\s+of|got|logged|docketed)\s+your\s+(?:\w+\s+)?"
                             r"(?:letter|e-?mail|correspondence|submission)\b|\byour\s+(?:letter|e-?mail|correspondence)"
                             r"\s+(?:was|has\s+been)\s+(?:received|delivered|logged)\b", IC)
# The words right after a date that make it the date of a document the letter names, not of a receipt: "your appeal
# of the October 30, 2026 response", "the agency's September 4, 2026 final determination", "its May 1 denial letter".
DATE_OF_DOCUMENT_AFTER = re.compile(r",?\s*(?:(?:final|initial|interim|partial|written|first|second|original)\s+)?"
                                    r"(?:response|determination|decision|denial|letter|reply|answer|release)\b", IC)
# A request to a review body that asks it to review an office's answer is the appeal, whatever it is called: "received
# your request for assistance on November 30, 2026, asking OIP to review the Department's partial denial of your record
# request" (Hawaii's Office of Information Practices), "your letter asking this office to review the City's decision".
ASKING_REVIEW = (r"\basking\s+(?:the\s+|this\s+|our\s+)?(?:[\w.'\u2019-]+\s+){0,4}?to\s+review\s+"
                 r"(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019().-]+,?\s+){0,8}?"
                 r"(?:decision|denial|determination|response|redactions?|withholdings?)\b")
# ... and the petition that appeals to Massachusetts's Supervisor of Records, received: "Your petition was received by
# this office on November 30, 2026", "Your petition, received on November 30, 2026, has been assigned SPR26/3304" (not
# a petition to a court, nor one the requester may yet file: "you may petition the Superior Court").
# A court or board whose name holds "Appeals" and that is no appeal of the request, named among the records asked for
# or where a case stands: "all filings before the Board of Immigration Appeals", "the Ninth Circuit Court of Appeals",
# "the Board of Veterans' Appeals", "the Appeals Council", "the Administrative Appeals Office" (a request's receipt told
# beside such a name is still the request's, not an appeal's; the FOIA's own appeal offices, "the Office of Hearings and
# Appeals", "the FOIA Appeals Office", keep their names).
APPEALS_IN_A_NAME = re.compile(r"(?-i:\bBoard\s+of\s+Immigration\s+Appeals|\bCourts?\s+of\s+(?:Criminal\s+)?Appeals|"
                               r"\bBoard\s+of\s+Veterans['\u2019]?\s+Appeals|\bAppeals\s+Council|"
                               r"\bAdministrative\s+Appeals\s+Office)\b")
APPEAL_RECEIPT = re.compile(rf"appeal|(?:request|petition)\s+for\s+(?:\w+\s+)?review|{MEDIATION_REQUEST}|"
                            r"\b(?:your|the|this)\s+petition\b(?!\s+(?:for|to|with|in)\b)(?=[^.]*\breceiv)|"
                            rf"{ASKING_REVIEW}|"
                            rf"{FILED_BY_REQUESTER}|"
                            rf"{APPEAL_FILED}|"
                            rf"{RECEIVED_COMPLAINT}|"
                            rf"{COMPLAINT_RECEIPT}", IC)
SALUTATION = re.compile(r"^(?:dear|to\s+whom|hello|hi\b|good\s+(?:morning|afternoon)|greetings)|"
                        # "Mr. Whitlow:", "Ms. Grant,": a name alone on its line
                        r"^(?:mr|ms|mrs|dr)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*[:,]$", IC)
# The complimentary close, after which only the signature, a date stamp and copies follow.
CLOSING = re.compile(r"(?:sincerely|respectfully|regards|best\s+regards|kind\s+regards|yours\s+(?:truly|faithfully)|"
                     r"very\s+truly\s+yours|thank\s+you)(?:\s+yours)?\s*,?$", IC)
# "Sent via the Public Records Center on", "Mailed on", "Issued:", "E-mailed to the requester on": the whole
# line before the date says the letter went out, and nothing else.
SENT_ON = re.compile(r"(?:sent|mailed|e-?mailed|issued|transmitted|delivered)\b(?:\s+(?:via|by|through|to)\s+"
                     r"[\w .'-]{1,50}?)?\s*(?:on\s*|:\s*)$", IC)
# A portal notice's own line saying when the message went out, wherever it stands: "Message sent on: 04/22/2026",
# "Notice sent: May 4, 2026", "Date sent: 05/04/2026" (the label is the whole line before the date).
MESSAGE_SENT_ON = re.compile(r"^(?:this\s+)?(?:(?:message|e-?mail|notice|notification|letter|response|"
                             r"correspondence)\s+(?:was\s+)?(?:sent|issued|mailed|e-?mailed)(?:\s+on)?|"
                             r"date\s+(?:sent|issued|mailed)|"
                             # ... or the portal's heading over a message staff posted, with its day: "Message from the
                             # City Clerk's Office, 12/1/2026:", "Public message posted by Records Unit on 11/30/2026",
                             # "Note from Jane Roe - December 1, 2026"
                             # (not a day the words name as another's: "Message from Jane Roe about the request of
                             # 11/20/2026")
                             r"(?:(?:public|new)\s+)?(?:message|note|reply)\s+(?:(?:posted|sent|added)\s+)?"
                             r"(?:from|by)\s+"
                             r"(?![^:\n]*\b(?:request|receiv\w*|submitted|dated|due)\b)[^:\n]{2,80}?"
                             # ... its day after "sent" or "posted" ("New message from the Records Section, sent
                             # 12/2/2026 1:38 PM:", "Reply from Records Unit posted on 11/30/2026")
                             r"(?:,?\s+(?:sent|posted|added)(?:\s+on)?|\s+on|,|\s+-)?)"
                             r"\s*:?\s*$", IC)
# The time of day a portal's heading may give after its day ("sent 12/2/2026 1:38 PM:", "12/02/2026 at 3:14 p.m. CST").
TIME_AFTER_DATE = re.compile(r"^(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?"
                             r"(?:\s*\(?[A-Z]{2,4}\)?)?)?\s*[.:]?\s*$", IC)
# A line that labels the date a decision was issued, mailed or entered: "FINAL DETERMINATION ISSUED AND MAILED:",
# "Date Issued:", "Decision entered:"; the label is the whole line before the date.
# ... and an order's formal close: "Entered this 1st day of December, 2026." (the Utah State Records Committee)
ISSUED_LABEL = re.compile(r"^(?:[A-Za-z]+\s+){0,3}?(?:date\s+)?(?:issued|mailed|entered|decided)(?:\s+and\s+"
                          r"(?:issued|mailed|entered))?(?:\s+on|\s+this)?\s*:?\s*$", IC)
# A commission's order heading its two days on one line: "Adopted: December 8, 2026   Released: December 9, 2026",
# "Decided: ...  Issued: ..." (the first the vote, the second the order's own date).
ADOPTED_LABEL = re.compile(r"\s*(?:date\s+)?(?:adopted|decided|voted|approved)\s*:\s*", IC)
RELEASED_LABEL = re.compile(r"[\s,;|]*(?:date\s+)?(?:released|issued)\s*:\s*", IC)
# A court's order ends "IT IS SO ORDERED." and the clerk stamps the day it was filed or journalized below it: "Filed
# November 23, 2026", "FILED: 11/23/2026", "Journalized 11/23/26" (the order's own date; above the order, "Date Filed"
# is the day the case was brought).
SO_ORDERED = re.compile(r"\bso\s+ordered\b|(?-i:\bORDERED\b|\bJUDGMENT\s+ENTRY\b)", IC)
# An order's own line giving the day it was made: "SO ORDERED, this the 3rd day of December, 2026.", "ENTERED this 3rd
# day of December, 2026", "Dated and ordered this the 3rd day of December, 2026".
ORDER_DAY_LINE = re.compile(r"^\W*(?:(?:it\s+is\s+)?so\s+ordered|ordered|entered|signed|issued|done|decided|dated|"
                            r"dated\s+and\s+(?:ordered|entered|signed))\s*,?\s+(?:on\s+)?this\s+(?:the\s+)?$", IC)
FILED_STAMP = re.compile(r"\s*(?:filed|journali[sz]ed)(?:\s+on)?\s*:?\s*", IC)
# "Approved by Order of the Freedom of Information Commission at its regular meeting of": a commission's decision
# takes the date of the meeting that adopted it.
APPROVED_AT_MEETING = re.compile(r"\b(?:approved|adopted|decided)\s+(?:by\s+(?:order|vote)\s+of\s+)?(?:[\w.'-]+\s+)"
                                 r"{0,10}?at\s+(?:its|a|the)\s+(?:\w+\s+){0,2}meeting\s+(?:of|on|held\s+on)\s+$", IC)
# The first line of an earlier message quoted below a reply.
QUOTED_HISTORY = re.compile(r"-{3,}\s*original\s+message|from:\s|on\s.+\bwrote:\s*$|>", IC)
# An appeal decision's own release, present or to come ("will be released to you in full", "I am releasing",
# "must be disclosed", "directing the FBI to release"), not the release it recites from the action appealed.
# The pages a decision names sent on to the requester, counted where they are sent: "The FBI will send these 17 pages
# directly to you" (OIP, after the portions the FBI agreed to release), "the Bureau will send the 9 pages to you", "CBP
# will mail those 12 pages to you" (not pages sent to another office, nor a question or condition).
# ... or processed again and then released, counted where they are taken up: "ICE will therefore reprocess those nine
# pages and release them to you in part" (not "will review the 9 pages and decide whether they can be released").
PAGES_SENT_TO_YOU = re.compile(rf"\b(?:will|shall)\s+(?:now\s+|also\s+|promptly\s+|therefore\s+|accordingly\s+)?"
                               rf"(?:(?:send|mail|e-?mail|forward)\s+(?=(?:these|those|the)\s)|"
                               rf"(?:re-?process|re-?review)\s+(?=(?:these|those|the)\s[^.;]*?\bpages?\s+and\s+"
                               rf"(?:release|send|provide|disclose|produce)\s+them\b))"
                               rf"(?:these|those|the)\s+(?P<n>{COUNT})\s+(?:(?:additional|remaining|released|redacted|"
                               r"withheld)\s+)?pages?\s+(?:(?:directly|separately|promptly|electronically)\s+)?"
                               r"(?:to\s+you\b|and\s+(?:release|send|provide|disclose|produce)\s+them\b)|"
                               # ... or said as the requester receiving them: "You should receive the 14 pages within
                               # five business days", "you will receive those 9 pages shortly" (not pages received
                               # before, "you should have received the 14 pages", nor a bill for them: "you will
                               # receive an invoice for the 14 pages")
                               r"\byou\s+(?:should|will|shall)\s+(?:now\s+|soon\s+|shortly\s+|also\s+|promptly\s+)?"
                               rf"receive\s+(?:(?:these|those|the|all)\s+)?(?P<r>{COUNT})\s+(?:(?:additional|remaining|"
                               r"released|redacted)\s+)?pages?\b", IC)
DECISION_RELEASE = re.compile(r"\bwill\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:releas|provid|produc|disclos)|"
                              # "We are giving you those 8 pages", "Those 26 pages will be sent to you by NPS"
                              r"\b(?:am|are|is)\s+(?:now\s+)?giving\s+you\b|\bwill\s+(?:now\s+)?be\s+(?:sent|given|mailed|"
                              r"e-?mailed)\s+to\s+you\b|"
                              # ... or the office will send them, counted right after: "the FOIA Office will send
                              # you, under separate cover, 22 additional pages" (not "will send you new copies without
                              # those redactions", nor a bill: "will send you an invoice for the 22 pages")
                              r"\b(?:will|shall)\s+(?:now\s+|also\s+|promptly\s+)?send\s+you\b"
                              r"(?:(?!\b(?:bills?|invoices?|estimates?|notices?)\b)[^.;]){0,40}?(?<![\w-])"
                              rf"(?:{COUNT})\s+(?:(?:additional|more|further|redacted)\s+)?pages?\b|"
                              # ... with the decision's own adverbs: "We are therefore releasing 4 additional pages in
                              # part", "we are accordingly now disclosing", "I am also enclosing"
                              r"\b(?:am|is|are)\s+(?:(?:now|hereby|therefore|accordingly|thus|consequently|also|"
                              r"today)\s+){0,2}(?:being\s+)?(?:releas|enclos|disclos|provid|attach)|"
                              # ... or the agency ordered to: "DOC is ordered to disclose the six investigative reports
                              # ..." (Oregon's Attorney General on a petition)
                              r"\b(?:is|are)\s+(?:hereby\s+)?ordered\s+to\s+(?:releas|disclos|produc|provid)|"
                              # ... or the office sent back to make the release anew: "remanded in part to OPI,
                              # which shall issue a new release of the 18 pages ... with the information described above
                              # unredacted", "the Bureau will make a supplemental release of those pages" (not one the
                              # office "may" make, nor a release made before: "OPI issued a new release")
                              r"\b(?:will|shall|must)\s+(?:now\s+|promptly\s+|therefore\s+)?(?:issue|make)\s+(?:a\s+)?"
                              r"(?:new|revised|supplemental|further|second|corrected)\s+(?:release|production)\s+of\b|"
                              # ... or the reviewer's finding that they may go out: "I have determined that the
                              # settlement agreements may be released to you with certain information redacted", "we
                              # conclude that the remaining pages can be disclosed" (not "whether they may be released")
                              r"\b(?:determined?|determines|find|finds|found|conclude[sd]?)\s+that\s+(?:[^.;]{0,80}?\s)?"
                              r"(?:may|can)\s+(?:now\s+)?be\s+(?:releas|disclos|produc|provid)|"
                              # ... or the agency's agreement to it reported by the appeals office: "As a result of
                              # discussions between DEA personnel and this Office, DEA has agreed to release to your
                              # client two pages" (not what it agreed to do before: "had agreed", nor "has not agreed")
                              r"\b(?:has|have)\s+(?:now\s+|also\s+|since\s+)?agreed\s+to\s+(?:re-?process\s+and\s+)?"
                              r"(?:releas|disclos|produc|provid)|"
                              # ... or the reviewer's decision to give them out: "The Panel has decided to release four
                              # of the documents, totaling 17 pages, with excisions", "I have determined to disclose"
                              # (not one taken before, "had decided to release", nor "has decided not to release")
                              r"\b(?:has|have)\s+(?:now\s+|therefore\s+|accordingly\s+|also\s+)?(?:decided|determined|"
                              r"elected|chosen)\s+to\s+(?:releas|disclos|produc|provid)|"
                              r"\bhereby\s+(?:releas|order|direct)|\b(?:must|shall|should)\s+(?:now\s+)?be\s+"
                              r"(?:releas|disclos|produc)|\b(?:direct|instruct)(?:s|ed|ing)?\s+(?:(?!not\b|never\b)\w+\s+){0,4}to\s+"
                              r"(?:releas|disclos|produc)|\benclosed\b|"
                              # ("directed" or "instructed": "The REE FOIA Office has been instructed to release the
                              # 16-page report to you without redaction"; not "instructed the office not to release")
                              # "Redacted copies of those four e-mails, consisting of 9 pages, accompany this message"
                              r"\baccompan(?:y|ies)\s+(?:this|the|our|my)\s+(?:letter|message|e-?mail|decision|"
                              r"determination|response)\b|"
                              # ... or pages handed to the reader with the decision, counted right after: "Attached
                              # please find 37 pages of the inspection file", "Please find attached the 12 pages" (not
                              # "Attached please find a copy of the Bureau's letter, which released 40 pages")
                              r"^\W*(?:(?:attached|enclosed)\s+(?:herewith\s+)?(?:please\s+find|you\s+will\s+find)|"
                              r"please\s+find\s+(?:attached|enclosed))\s+(?:(?:the|all|a\s+total\s+of)\s+)?"
                              rf"(?:{COUNT})\s+(?:(?:additional|more|further|redacted)\s+)?pages?\b", IC)
# ... and what a decision keeps back, said as a state that goes on: "those 11 pages remain withheld in full", "the other
# 4 pages will continue to be withheld", "are still withheld in their entirety" (pages counted as the decision leaves
# them, not as the agency's first response had them).
DECISION_KEEPS_WITHHELD = re.compile(r"\b(?:remains?|stays?|continues?\s+to\s+be|(?:are|is)\s+still|will\s+(?:still|"
                                     r"continue\s+to)\s+be|shall\s+remain)\s+(?:properly\s+)?withheld\b|"
                                     # "; NPS properly kept it back under Exemption 5"
                                     r"\b(?:properly|correctly|rightly)\s+(?:kept|held)\s+(?:it|them)\s+back\b|"
                                     # ... or pages it finds were rightly withheld: "The 23 pages were properly
                                     # withheld, and that portion of the determination is affirmed" (not in part)
                                     # ... or with what they are said between: "The remaining 14 pages are draft
                                     # reviews and were properly withheld under Exemption (b)(5)"
                                     r"\b(?:pages?|documents?|records?)\s+(?:[^.;]{0,60}?\band\s+)?"
                                     r"\b(?:were|was|are|is|have\s+been)\s+(?:properly|"
                                     r"correctly|rightly|appropriately)\s+withheld\b(?!\s+in\s+part)", IC)
# Pages whose withholding a decision upholds, counted as it upholds it: "The withholding of the remaining 14 pages
# under Exemption 5 is affirmed", "I affirm the withholding in full of the remaining 14 pages" (in part: none counted);
# ... the denial of access to them, pointed to: "The denial of access to these 32 pages is affirmed under Public
# Officers Law § 87(2)(d)", "The denial of the remaining 9 pages is upheld".
PAGES_WITHHOLDING_UPHELD = re.compile(
    r"\b(?:withholding\s+(?:in\s+full\s+)?of|denial\s+of\s+(?:access\s+to\s+)?)\s*(?:the\s+|these\s+|those\s+)?"
    r"(?:remaining\s+|other\s+)?(?P<n>[\w-]+)\s+(?:\(\d+\)\s+)?pages?\b"
    r"(?!\s+in\s+part)[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:affirmed|upheld|sustained)\b|"
    r"\b(?:affirm|uphold|sustain)(?:s|ed|ing)?\s+(?:the\s+)?(?:\w+'s\s+)?withholding\s+(?:in\s+full\s+)?of\s+"
    r"(?:the\s+|these\s+|those\s+)?"
    r"(?:remaining\s+|other\s+)?(?P<m>[\w-]+)\s+(?:\(\d+\)\s+)?pages?\b(?!\s+in\s+part)|"
    # ... or the pages the decision finds rightly kept back in full: "The remaining 23 pages, which consist of traffic
    # data ..., were properly withheld in their entirety under Exemption 4", "the other 9 pages were correctly withheld
    # in full" (not pages "properly withheld in part", which go out redacted)
    r"^\W*(?:we\s+find\s+that\s+)?the\s+(?:remaining|other)\s+(?P<k>[\w-]+)\s+(?:\(\d+\)\s+)?pages?\b[^.;]{0,160}?"
    r"\b(?:were|was|are|is|have\s+been|had\s+been)\s+(?:properly|correctly|rightly|appropriately|lawfully|justifiably)\s+"
    r"withheld\s+(?:in\s+(?:full|(?:their|its)\s+entirety)|entirely)\b|"
    # ... or the remaining pages named as withheld in full, then found rightly so: "The remaining 7 pages withheld in
    # full -- the investigating officer's recommendations ... -- are properly withheld under Exemption 5" (not pages
    # withheld in part, nor found "not properly withheld")
    r"^\W*the\s+(?:remaining|other)\s+(?P<r>[\w-]+)\s+(?:\(\d+\)\s+)?pages?\s+(?:(?:that|which)\s+(?:were|had\s+been)\s+)?"
    r"withheld\s+(?:in\s+(?:full|(?:their|its)\s+entirety)|entirely)\b[^.;]{0,160}?"
    r"\b(?:were|are|have\s+been)\s+(?:properly|correctly|rightly|appropriately|lawfully|justifiably)\s+withheld\b"
    r"(?!\s+(?:\w+\s+)?in\s+part)|"
    # ... or said of the office that kept them back: "OCA properly withheld 14 pages of these documents in full", "the
    # Bureau correctly withheld the remaining 9 pages in their entirety" (not "improperly", nor "did not properly")
    rf"(?<!\bnot\s)\b(?:properly|correctly|rightly|appropriately|lawfully|justifiably)\s+withheld\s+(?:(?:the|these|those)\s+)?"
    rf"(?:remaining\s+|other\s+)?(?P<a>{COUNT})\s+(?:\(\d+\)\s+)?pages?\b[^.;]{{0,80}}?"
    r"\bin\s+(?:full|(?:their|its)\s+entirety)\b", IC)
# ... or the pages named with what they are, withheld in full, and their withholding upheld in the next sentence: "The
# remaining 14 pages that were withheld in full consist of draft options papers ... The withholding of these pages
# under Exemption 5 is affirmed."
# ... also named by the participle alone, with or without "remaining": "The 9 pages withheld in full consist of TECS
# query screens ... the withholding of those pages is affirmed", "The remaining 5 pages withheld in full, and the
# redactions in the 22 pages released in part, consist of staff recommendations ... I affirm their withholding under
# Exemption 5" (not pages withheld in part, nor pages only said withheld: "The 9 pages withheld under Exemption 5").
PAGES_WITHHELD_NAMED = re.compile(r"^\W*the\s+(?:(?:remaining|other)\s+)?(?P<n>[\w-]+)\s+(?:\(\d+\)\s+)?pages?,?\s+"
                                  r"(?:(?:that|which)\s+(?:were|was|had\s+been|have\s+been)\s+)?withheld\s+"
                                  r"in\s+(?:full|(?:their|its)\s+entirety)\b", IC)
# ... or the remaining pages named with what they are ("The remaining 12 pages are draft reports and internal staff
# comments on those drafts"), and found rightly kept back in the next sentence, pointed back to: "I find that FTA
# properly withheld them under Exemption 5", "They were properly withheld in full" (not pages released or kept in part).
# ... or the pages of one kind of record named so, without "remaining": "The 9 pages of scoring sheets contain
# individual panelists' preliminary ratings" (not pages released or kept in part, nor all the pages found: "The 40
# pages of responsive records were reviewed").
# ... or the records of one kind named with their pages in brackets: "The query audit reports (58 pages) identify the
# case numbers ... of ongoing investigations." / "The Records Access Officer properly withheld these records in their
# entirety" (not records of every kind, "The responsive records (58 pages)", nor records counted as found or released).
REMAINING_PAGES_NAMED = re.compile(r"^\W*the\s+(?:(?:remaining|other)\s+(?P<n>[\w-]+)\s+(?:\(\d+\)\s+)?pages?\b|"
                                   r"(?:(?P<k>[\w-]+)\s+(?:\(\d+\)\s+)?pages?\s+of\s+(?!(?:the\s+|these\s+|those\s+)?"
                                   r"(?:responsive|records?|documents?|materials?)\b)[\w-]+|"
                                   r"(?!(?:responsive|requested|remaining|other|withheld|released|redacted)\b)"
                                   r"(?:[\w'\u2019-]+\s+){0,3}(?!(?:records?|documents?|materials?|pages?)\s)[a-z]{3,}s\s+"
                                   r"\((?P<b>[\w-]+)\s+pages?\)\s+[a-z]+)"
                                   r"(?![^.;]*\b(?:responsive|located|identified|found|reviewed|processed|total\w*)\b))"
                                   r"(?![^.;]*\b(?:releas\w*|disclos\w*|in\s+part|redact\w*)\b)", IC)
THEY_RIGHTLY_WITHHELD = re.compile(
    # (not a finding refused or put as a question: "I cannot find that the office properly withheld them")
    r"^(?:(?!\b(?:not|cannot|whether|if)\b)[^.;])*?(?:"
    r"\b(?:properly|correctly|rightly|appropriately|lawfully|justifiably)\s+withheld\s+(?:them|these|those)\b"
    r"|\b(?:they|these(?:\s+pages)?|those(?:\s+pages)?)\s+(?:were|are|have\s+been)\s+(?:properly|correctly|rightly|"
    r"appropriately|lawfully|justifiably)\s+withheld\b"
    # ... or said to stay kept back, what they are told between: "These are predecisional and deliberative and remain
    # withheld in full under Exemption 5", "They will continue to be withheld" (not "They remain withheld in part")
    r"|^\W*(?:they|these(?:\s+pages)?|those(?:\s+pages)?)\s+(?:(?:are|were)\s+(?:(?!\bnot\b)[^.;]){0,100}?\s+and\s+)?"
    r"(?:remain|continue\s+to\s+be|will\s+(?:remain|continue\s+to\s+be))\s+(?:properly\s+)?withheld\b"
    # ... or to stay exempt under a ground, what they are told at length between: "These are records contained in or
    # related to examination, operating or condition reports ..., and remain exempt under Exemption 8" (not "They are
    # not exempt", "They no longer remain exempt", nor exempt only in part)
    r"|^\W*(?:they|these(?:\s+pages)?|those(?:\s+pages)?)\s+(?:(?:are|were)\s+(?:(?!\b(?:not|no)\b)[^.;]){0,300}?"
    r",?\s+and\s+)?(?:remain|continue\s+to\s+be)\s+(?:properly\s+)?exempt\s+(?:from\s+(?:public\s+)?disclosure\s+)?"
    r"(?:in\s+full\s+|in\s+their\s+entirety\s+)?(?:under|pursuant\s+to|by)\b(?![^.;]*\bin\s+part\b))"
    r"(?!\s+(?:\w+\s+)?in\s+part)", IC)
# The withholding of the pages the sentence before named, upheld: "The withholding of these pages under Exemption 5 is
# affirmed", also pointed back to by "their" ("I affirm their withholding under Exemption 5", "Their withholding is
# upheld") or upheld by the verb ("I uphold the withholding of those pages"); not upheld only in part, nor a finding
# denied or put as a condition ("I cannot affirm their withholding", "if ..., I would uphold their withholding").
THESE_PAGES_UPHELD = re.compile(
    r"\b(?:withholding\s+of\s+(?:these|those|the\s+\w+)\s+pages|\btheir\s+withholding)\b[^.;]{0,80}?\b(?:is|are)\s+"
    r"(?:hereby\s+)?(?:affirmed|upheld|sustained)\b(?!\s+(?:only\s+)?in\s+part)|"
    r"^(?:(?!\b(?:not|cannot|whether|if|unless|would)\b)[^.;])*?\b(?:affirm|uphold|sustain)(?:s|ed|ing)?\s+"
    r"(?:their\s+withholding|the\s+withholding\s+of\s+(?:these|those)\s+pages)\b(?!\s+(?:only\s+)?in\s+part)", IC)
# Something the decision leaves kept back, said anywhere in it: "The dates of birth and license numbers remain
# confidential under RCW 46.52.120" (a reversal that leaves this is a reversal in part).
STILL_KEPT_BACK = re.compile(r"\b(?:remains?|stays?)\s+(?:properly\s+)?(?:confidential|redacted|withheld|exempt)\b|"
                             r"\bcontinues?\s+to\s+be\s+(?:redacted|withheld)\b", IC)
# The note under the signature that counts what a decision encloses: "Enclosure (6 pages)", "Encl.: 12 pages".
ENCLOSURE_PAGES = re.compile(r"^\W*(?:enclosures?|encl\.?|attachments?)\b\s*[:(]?\s*(?:\(\s*)?\S+\s+pages?\b", IC)
# A mail program's header line kept in a pasted e-mail: "Sent: Wednesday, April 15, 2026 9:18 AM".
MAIL_SENT_HEADER = re.compile(r"^sent\s*:\s*(?:[a-z]+day,?\s*)?[^:]*?\d{4}(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*"
                              r"(?:[ap]\.?\s?m\.?)?)?(?:\s*\(?[a-z]{2,5}\)?|\s*[+-]\d{4})?\s*$", IC)
# ... and the day an appeal or complaint was filed or docketed ("Date Filed: October 30, 2026" above "Issued:"), also
# named by the noun ("Filing Date: November 19, 2026", the Office of Hearings and Appeals' caption).
# ... nor a day foreseen: "Estimated completion: January 15, 2027", "Anticipated response: 01/15/2027".
# ... nor a form's fields for the day received, written short ("Rec'd Date: 12/07/2026", "Date Recv'd", "Rcvd:"), and
# for the day the records will be ready ("Ready Date: 12/15/2026", the New Jersey records request form's).
DATE_LINE_NOISE = re.compile(r"receiv|request|dated|due|sent|submitted|expires?|deadline|\bfil(?:ed|ing)\b|docketed|"
                             r"\bappealed\b|\b(?:estimated|anticipated|projected|expected|target)\b|\bcompletion\b|"
                             r"\b(?:rec|recv|rcv)['\u2019]?d\b|\bready\b", IC)
# A reference number's label and the number, and nothing else: "Request Number: EOUSA-2026-001944", "Re: FOIA Request
# No. 2026-F-04417", "Our File # 26-118". A date set in the right column of such a line is the letter's own: the word
# "request" there names the number, not a date received or due.
# The label may end in its last word and a colon: "FOIA Request: 2026-FEFO-01877", "Case: 26-0415".
NUMBER_LABEL_ONLY = re.compile(r"(?:re\s*:\s*)?(?:(?:our|your|foia|foipa|pra|public|records?|request|case|file|"
                               r"tracking|reference|control|log)(?:\s+|\s*:\s*)){0,4}(?:number|no\.?|#)?\s*:?\s*#?\s*"
                               r"[A-Z0-9][A-Z0-9./-]*\d[A-Z0-9./-]*", IC)
# A reference's label and number ("Request Number: 2026-03517", "FOIA Request No. 26-114"): the word "request" in it
# says nothing about a date set in its own column beside it.
REFERENCE_LABEL = re.compile(r"\b(?:(?:FOIA|FOIPA|FOIL|public\s+records|records)\s+)?request\s+"
                             r"(?:number|no\.?|#|ID)\s*:?\s*#?\s*[\w-]+", IC)
# The day the law's own period ends, said as the office's duty or as the period itself ("Under 2 AAC 96.325(a), the
# department must respond to your request within 10 working days, that is, by December 7, 2026"; "..., by December 4,
# 2026, which is the 20 business day period allowed by law"): the deadline an extension then moves, not the day the
# answer is expected when the letter names a later one. (LAWS_PERIOD_AFTER is matched from the date's end, so it has no
# "^": that would only match at the start of the sentence.) The duty may be said as the answer's period too: "the City's
# response is due within ten (10) business days of the request, that is, by December 10, 2026", "a determination is
# ordinarily due within 20 working days of receipt, or by January 4" (a period the letter says was extended is not it).
LAWS_DEADLINE_BEFORE = re.compile(r"\b(?:must|shall|is\s+required\s+to|are\s+required\s+to|has\s+to|have\s+to|"
                                  r"is\s+obliged\s+to)\s+(?:respond|reply|answer|provide|furnish|make\s+a\s+determination|"
                                  r"issue\s+a\s+(?:response|determination))\b[^.;]{0,120}$|"
                                  r"\b(?:response|reply|answer|determination|decision)\s+"
                                  r"(?:(?:to|on)\s+(?:an?|the|your)\s+(?:[\w-]+\s+){0,3}?)?(?:is|was|would\s+be)\s+"
                                  r"(?:normally\s+|ordinarily\s+|otherwise\s+)?due\s+within\s+"
                                  r"(?![^.;]*\b(?:extend|extension))[^.;]{0,120}$", IC)
LAWS_PERIOD_AFTER = re.compile(r"[^.;]{0,24}?,?\s*which\s+is\s+the\s+(?:\S+\s+){0,4}?(?:period|deadline|time\s+limit|"
                               r"response\s+time|due\s+date)\s+(?:allowed|required|set|provided|permitted|prescribed)\s+"
                               r"(?:by|under|in)\s+(?:the\s+)?(?:law|statute|FOIA|Act)\b", IC)
# A day said, just after it, to be one the office is closed, which the letter moves on from to a later day it names in
# the same sentence: "on or before December 25, 2026, which falls on a County holiday; you may therefore expect our
# determination no later than December 28, 2026", "January 1, 2027 (a State holiday), so by January 4, 2027", "December
# 26, which is a Saturday; ... the next business day, December 28" (callers keep the day where no later one follows).
DAY_OFFICE_CLOSED_AFTER = re.compile(r",?\s*(?:(?:which|that|as\s+(?:that|this|it))\s+(?:day\s+)?"
                                     r"(?:falls?\s+on|is|will\s+be)\s+|\(\s*)(?:an?\s+|the\s+)?(?:[\w.'\u2019-]+\s+){0,2}?(?:holiday|weekend|Saturday|"
                                     r"Sunday|day\s+(?:on\s+which\s+)?(?:our|the|its|this)\s+(?:[\w'\u2019]+\s+)?"
                                     r"offices?\s+(?:is|are|will\s+be)\s+closed)\b", IC)
# ... and a day the office says it cannot meet: "We are unable to provide the requested information by December 4,
# 2026" (never the day the answer is expected).
UNMET_DAY_BEFORE = re.compile(r"\b(?:unable\s+to|not\s+be\s+able\s+to|not\s+able\s+to|cannot|can\s+not)\s+"
                              r"(?:[\w()-]+\s+){0,8}?(?:by|on\s+or\s+before|no\s+later\s+than)\s*$", IC)
# ... nor the day an estimate is moved from: "The estimated completion date for your request has been updated from
# 12/18/2026 to 03/22/2027" (the day after "to" is the one expected).
DAY_MOVED_FROM_BEFORE = re.compile(r"\b(?:updated|changed|revised|moved|extended|reset|adjusted|pushed\s+back)\s+"
                                   r"from\s*$", IC)
# An estimate of the day the request will be done, said moved from one day to another, as a portal's status notice
# says it: "The estimated completion date for your request has been updated from 12/18/2026 to 03/22/2027", "Your
# estimated date of completion was changed from December 18, 2026 to March 22, 2027" (the estimate of the request's
# completion or answer, not of a project's or a payment's).
ESTIMATE_MOVED = re.compile(
    r"\b(?:estimated|anticipated|projected|expected|target)\s+(?:date\s+of\s+completion|completion\s+date|"
    r"(?:response|determination|delivery)\s+date)\b"
    r"(?![^.;:]*\b(?:project|construction|contract|payment|fees?|invoice|deposit)\b)"
    r"[^.;:]{0,60}?\b(?:has\s+been|have\s+been|was|were|is)\s+(?:now\s+)?(?:updated|changed|revised|moved|"
    r"extended|reset|adjusted|pushed\s+back)\s+from\s+[^.;]{4,24}?\s+to\s+", IC)
# ... or said to be now a day, in so many words, the earlier day unsaid: "the estimated date of completion for your
# request is now April 16, 2027", "Your request's estimated completion date has now been moved to March 1, 2027" (the
# estimate of the request's completion or answer, not a project's; the day must follow at once).
ESTIMATE_IS_NOW = re.compile(
    r"\b(?:estimated|anticipated|projected|expected|target)\s+(?:date\s+of\s+completion|completion\s+date|"
    r"(?:response|determination|delivery)\s+date)\b"
    r"(?![^.;:]*\b(?:project|construction|contract|payment|fees?|invoice|deposit)\b)"
    r"[^.;:]{0,60}?\b(?:is\s+now|has\s+now\s+been\s+(?:updated|changed|revised|moved|extended|reset|adjusted|set|"
    r"pushed\s+back)\s+(?:to|for))\s+(?:on\s+or\s+about\s+|approximately\s+|on\s+or\s+before\s+)?(?=\S)", IC)
# A day the office sets as the one its records will be available, the date named between the setting and what becomes
# available then: Texas's certification under Gov't Code § 552.221(d), "The Department has set the date and hour of
# Friday, January 8, 2027, at 10:00 a.m., within a reasonable time, when the information will be available for
# inspection or duplication", "We have set December 18, 2026 as the date on which the records will be available",
# "the City has scheduled January 6, 2027, at 2:00 p.m., as the date and hour when the documents will be ready" (not a
# day set for something else: "The hearing has been set for January 8, 2027"); in the present too, a clause set off by
# commas between the records and their being ready: "the City certifies that fact and sets January 22, 2027, as the date
# on which the information, to the extent it is not excepted from disclosure, will be available to you".
DAY_SET_BEFORE = re.compile(r"\b(?:set|sets|scheduled|schedules|established|establishes|designated|designates|fixed|"
                            r"fixes)\s+(?:(?:the|a)\s+(?:date|day)"
                            r"(?:\s+and\s+(?:hour|time))?\s+(?:of|for|as)\s+)?$", IC)
AVAILABLE_WHEN_SET_AFTER = re.compile(r",?(?:\s+at\s+\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|"
                                      r"\s+at\s+noon)?,?"
                                      r"(?:\s+within\s+a\s+reasonable\s+(?:time|period),?)?"
                                      r"(?:\s+as\s+the\s+(?:date|day)(?:\s+and\s+(?:hour|time))?)?\s+"
                                      r"(?:when|on\s+which|by\s+which|at\s+which)\s+(?:the\s+|your\s+|all\s+)?"
                                      r"(?:requested\s+|responsive\s+)?(?:information|records?|documents?|materials?|"
                                      r"data)(?:,\s+[^,.;]{1,80},)?\s+(?:\w+\s+)?will\s+be\s+(?:made\s+)?"
                                      r"(?:available|ready|produced|"
                                      r"provided|released)\b", IC)
# Kentucky's KRS 61.872(5) in its own words, the day ending the clause that names it however far after: "The place,
# time, and earliest date on which the public records will be available for inspection is the LFUCG Department of Law,
# 200 East Main Street, 11th Floor, Lexington, Kentucky, during regular business hours, on or before December 22, 2026",
# "the earliest date the records will be available is December 18" (not a clause between: "...; we will tell you by").
EARLIEST_DAY_BEFORE = re.compile(
    r"\bearliest\s+(?:possible\s+)?(?:date|day)\s+(?:on\s+which\s+|when\s+|that\s+|by\s+which\s+)?"
    r"(?:the\s+|your\s+|any\s+)?(?:(?:requested|responsive|public|nonexempt|non-exempt)\s+){0,2}"
    r"(?:records?|documents?|information)\s+(?:\w+\s+){0,3}?(?:will|would|can|could|may)\s+be\s+(?:made\s+)?"
    r"(?:available|ready|produced|provided)\b[^;]{0,40}?(?:\bis\b|\bwill\s+be\b|:)"
    r"(?:[^;]{0,240}?(?:\bon\s+or\s+before|\bno\s+later\s+than|\bby|\bon))?\s*$", IC)
EXPECTED = re.compile(
    r"(?:approximate|estimated|anticipated|expected|projected|target)\s+(?:\w+\s+){0,3}(?:date|by)|"
    # ... a clause set off by commas between: "anticipates that the records, to the extent any exist, will be ready on
    # or before December 18"
    # ... or "projected": "We currently project that it will be completed on or around October 14, 2026"
    # ... "around" alone too: "the first batch of records will be ready in about four weeks, around December 15"
    # ... the day itself rough: "We anticipate our reply by approximately January 29, 2027"
    # ... words joined by a hyphen between: "will be made available to you by e-mail no later than December 18, 2026"
    r"(?:expect|anticipate|estimate|plan|intend|hope|project)\w*\s+(?:[\w()-]+,?\s+){0,16}?(?:by\s+(?:approximately|"
    r"about|around|roughly)|by|on\s+or\s+before|"
    r"on\s+or\s+(?:about|around)|(?<=,\s)around|not?\s+later\s+than|before)\s*$|(?:respond|response|determination|complete|completed|"
    # ... a citation between, its abbreviations, sections and section sign as words: "will provide the responsive,
    # non-exempt records, or a written response under G.L. c. 66, § 10(b)(iv), no later than December 22, 2026"
    r"available|provide|(?:grant|deny|decide)\s+(?:or\s+deny\s+)?(?:access|your\s+request|the\s+request)|"
    r"produce|release|installment|ready)\w*,?\s+(?:(?:[\w()-]+(?:\.[\w()-]+)*\.?|§)\s*,?\s+){0,14}?"
    r"(?:by|on\s+or\s+before|on\s+or\s+(?:about|around)|"
    r"(?<=,\s)around|not?\s+later\s+than)\s*$|"
    r"date\s+certain|"
    # A form's or table's label for the day the records will be ready: "Date and hour information will be available |
    # January 15, 2027, 2:00 p.m.", "Date records will be ready: 12/18/2026"
    r"\bdate\s+(?:and\s+(?:hour|time)\s+)?(?:the\s+)?(?:requested\s+)?(?:information|records?|documents?)\s+will\s+be\s+"
    r"(?:available|ready)(?:\s+for\s+(?:inspection|duplication|pick[\s-]?up)(?:\s+or\s+(?:inspection|duplication))?)?"
    r"\s*[:|-]?\s*$|"
    # The office's word back by a day, whatever it brings: Tennessee's response form "You will be contacted with your
    # records, a cost estimate, or a denial on or before January 22, 2027", "we will contact you regarding your
    # request no later than May 4" (not the requester's contact: "please contact us by", "if you contact us by")
    r"(?<!\bif\s)\b(?:you\s+will\s+be\s+contacted|(?<!\byou\s)(?:will|shall)\s+contact\s+you)\b"
    r"(?:,?\s+(?:with|regarding|about|concerning)\b[^.;]{0,100}?)?\s(?:by|on\s+or\s+before|not?\s+later\s+than)\s*$|"
    # The answer the requester will have by a day: "You will receive a decision on your appeal on or before December
    # 29, 2026", "you should receive our response no later than January 6" (not what the office will receive)
    r"\byou\s+(?:will|should|can\s+expect\s+to|may\s+expect\s+to)\s+receive\s+(?:an?|the|our|its|a\s+written)\s+"
    r"(?:[\w-]+\s+)?(?:response|decision|determination|reply|answer)\b,?\s+(?:[\w()-]+,?\s+){0,8}?(?:by|on\s+or\s+"
    r"before|not?\s+later\s+than)\s*$|"
    # ... the answer described by what it may be, Michigan's MCL 15.235(2) at length: "you will receive a response
    # granting your request, denying it, or granting it in part and denying it in part on or before December 30, 2026",
    # "you will receive a determination granting or denying your request no later than January 6"; the office's own
    # "will respond to your request, granting it, denying it or granting it in part, by" (not the requester's answer)
    r"(?:\byou\s+(?:will|should)\s+receive\s+(?:an?|the|our|its|a\s+written)\s+(?:[\w-]+\s+)?(?:response|decision|"
    r"determination|reply|answer)|(?<!\byou\s)\b(?:will|shall)\s+respond\s+to\s+(?:your|the|this)\s+request),?\s+"
    r"(?:either\s+)?(?:by\s+)?(?:granting|denying)\b[^.;]{0,120}?\s(?:by|on\s+or\s+before|not?\s+later\s+than)\s*$|"
    # The answer said to be issued by a day: "A decision on your appeal will therefore be issued no later than December
    # 15, 2026", "the determination should be mailed by January 8" (not what the law bids: "a decision shall be issued")
    r"\b(?:decision|determination|response|reply|answer|ruling)\s+(?:on\s+(?:your|the|this)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:will|should|is\s+expected\s+to)\s+(?:\w+\s+)?be\s+(?:issued|made|sent|mailed|rendered|provided|e-?mailed)\s+"
    r"(?:[\w()-]+,?\s+){0,6}?(?:by|on\s+or\s+before|not?\s+later\s+than)\s*$|"
    # The time the office needs, to a day: "the Department will need until December 14, 2026 to respond" (not the
    # requester's: "you will need until")
    # ... or the time its work will take: "BCPS anticipates that it will take until January 8, 2027 to produce the
    # records" (Maryland's ten-working-day letter, Gen. Prov. § 4-203(b)(2))
    r"(?<!\byou\s)(?<!\byou\swill\s)\b(?:will\s+need|needs|requires|will\s+require|will\s+take)\s+until\s*$|"
    # The day the information will be ready, a Texas certification's "will be available for inspection or duplication
    # on: Date: December 18, 2026 Hour: 10:00 a.m.", "the records will be ready for you on December 4"
    r"\bwill\s+be\s+(?:made\s+)?(?:available|ready)\s+(?:[\w()]+,?\s+){0,8}?on\s*:?\s*(?:date\s*:\s*)?$|"
    # ... or the earliest day they will be, Kansas's K.S.A. 45-218(d) "earliest time and date that the record will be
    # available": "the records will be available for pickup at the address above, or by electronic delivery, no earlier
    # than December 23, 2026", "the records will be ready no sooner than January 4" (not a day nothing happens before
    # that names no records: "we will not respond earlier than")
    # ... or Nevada's "earliest date and time after which the governmental entity reasonably believes the public book or
    # record will be available" (NRS 239.0107(1)(c)): "will be available to you on or after January 8, 2027"
    r"\bwill\s+be\s+(?:made\s+)?(?:available|ready)\s+(?:[\w()]+,?\s+){0,12}?(?:(?:no|not)\s+(?:earlier|sooner)\s+than|"
    r"on\s+or\s+after)\s*$|"
    # ... or the day set after a colon, its hour before it: "sets the following date and hour within a reasonable time
    # when the information will be available: 10:00 a.m. on Tuesday, January 12, 2027"
    r"\bwill\s+be\s+(?:made\s+)?(?:available|ready)(?:\s+for\s+(?:inspection|duplication|pick[\s-]?up)"
    r"(?:\s+or\s+(?:inspection|duplication))?)?\s*:\s*$|"
    # The work said to be done by a day, roughly: "Processing should be finished in about 40 business days, around
    # January 15, 2027", "the review will be complete approximately January 8" (not an appeal's or a payment's)
    r"^(?![^.;]*\b(?:appeal|payment|pay)\b)[^.;]*\b(?:processing|response|review|search|work)\s+(?:should|will|is\s+"
    r"expected\s+to|ought\s+to)\s+be\s+(?:finished|completed|complete|done|ready)\b[^.;]{0,60}?(?:by|around|about|"
    r"approximately|on\s+or\s+(?:about|around|before)|not?\s+later\s+than)\s*$|"
    # The answer the office will send by a day, a form's blank after a colon: Hawaii's Acknowledgment to Requester
    # "The agency will send you a Notice to Requester by: December 15, 2026", "we will mail you our determination no
    # later than January 4", "The Department will issue its written response by" (never the requester's: "you will
    # send us ... by")
    r"(?<!\byou\s)\b(?:will|shall)\s+(?:send|mail|e-?mail|issue|provide)\s+(?:to\s+)?(?:you\s+)?(?:with\s+)?"
    r"(?:an?\s+|the\s+|its\s+|our\s+|their\s+|a\s+written\s+)?(?:[\w-]+\s+){0,3}?(?:notice|response|determination|"
    r"decision|reply|answer)\b(?:\s+to\s+(?:the\s+)?requester)?,?\s+(?:[\w()-]+,?\s+){0,6}?(?:by|on\s+or\s+before|"
    r"not?\s+later\s+than)\s*:?\s*$|"
    # a portal's summary line: "Estimated completion: 12/21/2026", "Anticipated response date | December 21, 2026"
    r"^\W*(?:estimated|anticipated|expected|target)\s+(?:completion|response|due|delivery|fulfil?lment|production|"
    r"release|determination)(?:\s+date)?\s*[:|]\s*$|"
    # ... or a plain "on" after what the office expects to do: "The Department of Transportation now expects to respond
    # on 02/12/2027", "we anticipate releasing the records on December 18"
    r"\b(?:expect|anticipate|estimate|plan|intend|project)\w*\s+(?:to\s+)?(?:respond|reply|answer|provide|produce|"
    r"releas|complet|finish|send|issu|make|deliver)\w*\s+(?:[\w()]+\s+){0,6}?on\s*$|"
    # A period and the day it ends: "will be made within twenty business days of the date of this acknowledgment, on or
    # about December 4, 2026" (not an appeal's time)
    # ... "no later than ten (10) working days following the date of your request, which is on or before December 8"
    # (Idaho Code § 74-103(2)), "within 15 days of receipt, that is, by December 15"
    r"^(?![^.;]*\bappeal)[^.;]*\b(?:within|not?\s+later\s+than)\s+(?:\S+\s+){1,3}?(?:(?:business|working|calendar)\s+)?"
    r"days\b[^.;]{0,80}?,\s+(?:(?:which\s+is|that\s+is,?|i\.\s?e\.,?)\s+(?:by\s+)?)?"
    r"(?:on\s+or\s+about|on\s+or\s+before|not?\s+later\s+than)\s*$|"
    # ... or the period's last day given after "which is": Mississippi's "The records will be produced no later than
    # fourteen (14) working days from the date we received your request, which is December 9, 2026" (not an appeal's
    # time or a payment's)
    r"^(?![^.;]*\b(?:appeal|payment|pay)\b)[^.;]*\b(?:within|no\s+later\s+than|not\s+later\s+than)\s+"
    r"(?:\S+\s+){1,3}?(?:(?:business|working|calendar)\s+)?days\b[^.;]{0,100}?,\s+(?:which|that)\s+(?:is|will\s+be|"
    r"falls\s+on)\s*$|"
    r"^(?![^.;]*\bappeal)[^.;]*\b(?:within|not?\s+later\s+than)\s+(?:\S+\s+){1,3}?(?:(?:business|working|calendar)\s+)?"
    r"days\b[^.;]{0,80}?,\s+(?:which\s+is|that\s+is,?|i\.\s?e\.,?)\s+(?:by\s+)?$|"
    # a notice of appeal's "FINAL DETERMINATION DUE DATE: DECEMBER 28, 2026"
    r"\b(?:determination|decision|response)\s+due\s+date\s*:?\s*$|"
    # ... or in a sentence: "the FD in this matter is due on or before December 24, 2026", "A decision on your appeal
    # will be due no later than January 6", "The Department's response to your request will therefore be due on December
    # 15, 2026" (the decision's short form too, "FD"; not "your response is due by", nor a payment's: "the fee is due
    # by")
    r"(?<!your\s)(?<!you\s)\b(?:determination|decision|response|answer|reply|(?-i:[A-Z]{2,4}))\s+"
    r"(?:(?:in|on|to|for|of)\s+(?:[\w'\u2019]+\s+){1,3}?)?(?:is|will\s+(?:(?:therefore|thus|accordingly|now|then)\s+)?be)"
    r"\s+(?:(?:now|therefore|thus|accordingly|then)\s+)?due\s+"
    r"(?:(?:on\s+or\s+before|by|not?\s+later\s+than|on)\s*)?$|"
    # ... and the extension said to move it: "an additional seven working days to respond to your request, which makes
    # our response due on December 14, 2026", "putting the Department's answer due by May 4"
    r"\b(?:makes?|making|puts?|putting)\s+(?:our|the|its|this\s+office(?:'s|\u2019s)|the\s+[\w-]+(?:'s|\u2019s))\s+"
    r"(?:determination|decision|response|answer|reply)\s+due\s+(?:(?:on\s+or\s+before|by|not?\s+later\s+than|on)\s*)?$|"
    # ... "Determination now due: December 31, 2026", "Answer now due by: 12/09/2026"
    r"\b(?:determination|decision|response|answer|reply)\s+(?:is\s+)?now\s+due(?:\s+(?:by|on))?\s*[:|-]\s*$|"
    # "The extended due date for the Department's response is August 5, 2026."
    r"\b(?:extended|new|revised)\s+(?:due\s+|response\s+)?date\b[^.;]{0,60}?\b(?:is|will\s+be|of)\s*:?\s*$|"
    # ... and a new estimate of the day the work is done: "The new estimated date of completion is March 31, 2027",
    # "Your revised estimated completion date is February 1"
    r"\b(?:new|revised|updated)\s+(?:estimated|anticipated|projected|expected|target)\s+(?:date\s+of\s+completion|"
    r"completion\s+date|response\s+date|date)\b[^.;]{0,40}?\b(?:is|will\s+be|of)\s*:?\s*$|"
    # ... and as a label, in a line or a table's row: "Extended response due date | December 9, 2026", "New due
    # date: May 4, 2026"
    r"^\W*(?:extended|new|revised)\s+(?:response\s+)?(?:due\s+)?date\s*[:|]\s*$|"
    # ... or a portal's line for the day it foresees the work done: "Estimated completion: January 15, 2027",
    # "Anticipated response | 01/15/2027" (a label and the date, nothing else)
    r"^\W*(?:estimated|anticipated|expected|projected|target)\s+(?:completion|response|release|delivery|"
    r"determination)\s*[:|]\s*$|"
    # Missouri's "the earliest time and date that the record will be available": "the earliest date on which we
    # expect them to be available is December 4, 2026"; the ways they will be had between: "the earliest date on which
    # the Cabinet anticipates that the records will be available for inspection, or for transmission to you by
    # e-mail, is December 21, 2026"
    r"\bearliest\s+(?:\w+\s+){0,3}?date\b[^.;]{0,80}?\b(?:available|ready|produced|provided|released)\b"
    r"[^.;]{0,60}?\b(?:is|will\s+be)\s*:?\s*$|"
    # ... or for doing what was asked: Nebraska's "The earliest practicable date for fulfilling your request is December
    # 22, 2026", "the earliest date by which we can complete your request will be May 4" (not an appeal's or a
    # payment's)
    r"^(?![^.;]*\b(?:appeal|payment|pay)\b)[^.;]*\bearliest\s+(?:\w+\s+){0,3}?date\s+(?:for|by\s+which|on\s+which|when)\s+"
    r"(?:\w+\s+){0,3}?(?:fulfil\w*|fill\w*|complet\w*|respond\w*|answer\w*|process\w*)\s+(?:to\s+)?(?:your|the|this)\s+"
    r"(?:[\w-]+\s+){0,3}?request\b[^.;]{0,20}?\b(?:is|will\s+be)\s*:?\s*$|"
    # "our response date is now December 15, 2026", "the due date has been moved to December 3" (not a payment's)
    r"(?<!payment\s)(?<!invoice\s)(?<!appeal\s)\b(?:response|due|reply)\s+date\s+(?:is\s+now|(?:is|has\s+been|was)\s+"
    r"(?:now\s+)?(?:moved|changed|extended|reset|pushed\s+back)\s+to)\s*:?\s*$|"
    # "The current due date for a response to your request is December 15, 2026." (not a payment's or an appeal's)
    r"\b(?:current|statutory|response)\s+(?:response\s+)?due\s+date\b(?![^.;]*\b(?:payment|fees?|invoice|appeal)\b)"
    r"[^.;]{0,60}?\b(?:is|will\s+be)\s*:?\s*$|"
    r"\bdue\s+date\s+for\s+(?:a\s+|the\s+|our\s+)?(?:response|reply|determination)\b[^.;]{0,40}?\b(?:is|will\s+be)\s*:?\s*$|"
    # "will respond no later than the close of business on May 4, 2026"
    # "whether your request will be granted or denied, which is no later than October 29, 2026"
    r"\b(?:granted\s+or\s+denied|grant\s+or\s+deny)\b[^.;]{0,40}?(?:by|on\s+or\s+before|not?\s+later\s+than)\s*$|"
    # California's notice whether records are held: "the City will let you know by November 23, 2026 whether it holds
    # disclosable public records", "you will be notified on or before May 4, 2026" (not the requester's "please let
    # us know by")
    r"(?<!\byou\s)\bwill\s+(?:let\s+you\s+know|notify\s+you|inform\s+you|advise\s+you|tell\s+you)\s+(?:\w+\s+){0,3}?"
    r"(?:by|on\s+or\s+before|not?\s+later\s+than)\s*$|\byou\s+will\s+be\s+(?:notified|informed|advised)\s+"
    r"(?:\w+\s+){0,3}?(?:by|on\s+or\s+before|not?\s+later\s+than)\s*$|"
    r"(?:respond|response|determination|complete|available|provide|produce|release)\w*\s+(?:\w+,?\s+){0,14}?(?:by|no\s+"
    r"later\s+than|on\s+or\s+before)\s+(?:the\s+)?(?:close|end)\s+of\s+(?:business|the\s+(?:business\s+)?day)\s+(?:on\s+)?$",
    IC)


# A time of day written just before a date, and the "at" or "on" about it: "the earliest time and date that the
# records will be available is 4:00 p.m. on December 18, 2026", "no later than 5 PM on May 4", "at noon, May 4".
TIME_BEFORE_DATE = re.compile(r"(?:\s+at)?\s+(?:\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|noon|midnight)"
                              r"(?:\s*\(?(?:central|eastern|mountain|pacific|[CEMP][SD]?T)\)?(?:\s+time)?)?\s*,?\s*"
                              r"(?:on\s*)?$", IC)


# A day of the week written just before a date ("Monday, December 14, 2026", "Thu. December 3"), set aside so that
# the words before it name the date.
WEEKDAY_BEFORE_DATE = re.compile(r"\s*\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|\.)?\b\.?,?\s*$|"
                                 r"\s*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$", IC)


# A day of the month written first, the month after it in words ("18th of December, 2026", "18 December 2026"), and
# the article and day of the week before it ("on Friday, the 18th of December, 2026", "on or before the 4th of
# January"), set aside as the day of the week is, so that the words before the article name the date.
DAY_FIRST_DATE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?\s+[A-Za-z]")
ARTICLE_BEFORE_DAY_FIRST = re.compile(r"(?:\s*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?\s*\bthe\s*$", IC)


# A finding that the agency did or did not violate the law is about its answer to the request by itself.
VIOLATION_FINDING = re.compile(f"{VIOLATED}|{NOT_VIOLATED}|{FELL_SHORT}|{DECISION_SQUARED}", IC)
APPEAL_TOPIC = re.compile(rf"{MUST_BE_DISCLOSED}|{AGENCY_MUST_DISCLOSE}|"
                          rf"{SHOULD_NOT_HAVE_BEEN}|{MORE_RELEASED_ON_REVIEW}|"
                          # ... or the rest found rightly kept back, the appeal's subject left unsaid: "The Panel has
                          # determined that the remaining withheld information was properly withheld"
                          rf"{REST_PROPERLY_WITHHELD}|"
                          # ... or the Federal Communications Commission's ruling on an Application for Review, its
                          # FOIA appeal: "IT IS ORDERED that the Application for Review ... IS DENIED"
                          rf"{APPLICATION_FOR_REVIEW_DECIDED}|"
                          # ... or "the matter" it sends back: "I am therefore returning this matter to the Office"
                          r"appeal|petition|action|determination|decision|\bdenial\b|request|response|remand|complaint|"
                          r"(?:this|the)\s+matter\b|"
                          # what the agency kept back, decided on: "has affirmed the Department's withholdings in part"
                          r"\bwithholdings?\b|\bredactions\b|"
                          # ... or the custodian's denial found lawful or not: "the Custodian lawfully denied access to
                          # the police report"
                          rf"{LAWFULLY_DENIED}|{UNLAWFULLY_DENIED}\s+(?:(?:the|this)\s+)?(?:\w+\s+)?access\b|"
                          # ... or the records themselves found wrongly kept back, the reviewer's own finding: "this
                          # office concludes that the Police Department improperly withheld the use of force reports",
                          # "we find that the District wrongly redacted the invoices" (never what a complaint alleged)
                          rf"^(?!.*\bwhether\b){_ALLEGED}.*?\b(?:conclude|find|determine|hold)[sd]?\s+that\s+"
                          r"[^.;]{0,120}?(?<!not\s)\b(?:improperly|wrongly|unlawfully)\s+(?:withheld|denied|redacted)\b|"
                          rf"\bordered\s+to\s+provide|\bdecline[sd]?\s+to\s+order\b|{ORDERED_TO_REQUESTER}|"
                          rf"{CHANGED_POSITION}|{WRONGLY_CHARGED}|{FEE_DECIDED}|{CARRIED_BURDEN}", IC)
CLARIFY_FIRM = re.compile(r"still|clos|withdr", IC)
# Asking whether a request long pending is still wanted: such a letter recalls the day the request was received
# but does not acknowledge it (that was done long before).
STILL_INTERESTED = re.compile(r"\bstill\s+(?:interested|wish|want|seeking|seek)\b|"
                              r"\blength\s+of\s+time\s+(?:\w+\s+){0,3}(?:has\s+been|was|is)\s+(?:pending|open)", IC)
APPROXIMATE_DATE = re.compile(r"(?:approximate|estimated|anticipated|expected|projected|target)\s+(?:\w+\s+){0,3}"
                              r"date\s*"
                              r"(?:is|of|:)?\s*$|"
                              # "At this time we estimate a completion date of December 18, 2026"
                              r"\b(?:we|i|the\s+\w+)\s+(?:\w+\s+)?(?:estimate|anticipate|expect|project)s?\s+(?:an?|the)\s+"
                              r"(?:\w+\s+)?(?:completion|response|release|production)\s+date\s+(?:of|as)\s*$", IC)
# The time a law permits, taken in the next sentence: "The Department is using that time and will tell you ...", "We
# are taking this extension" (not "You may use that time to narrow the request").
PERMITTED_TIME_TAKEN = re.compile(r"^\W*(?:the\s+(?:[\w'\u2019-]+\s+){1,3}?|we\s+|this\s+office\s+|it\s+)"
                                  rf"(?:is|are|am|has|have|will)\s+{DECIDING_ADVERBS}(?:be\s+)?"
                                  r"(?:using|used|use|taking|taken|take|invoking|invoked|invoke|exercising|exercised|"
                                  r"claiming|claimed)\s+(?:that|this|the|these|those)\s+(?:additional\s+|extra\s+)?"
                                  r"(?:time|extension|days|provision)\b|"
                                  # ... or says that the law's reasons for it hold: "Both apply here", "These
                                  # circumstances apply to your request", "Each of those conditions exists here"
                                  r"^\W*(?:both|each|all|these|those|this|that|(?:both|all|each)\s+of\s+(?:these|those|them))"
                                  r"(?:\s+(?:reasons?|circumstances?|conditions?|grounds?))?\s+(?:(?:plainly|clearly|both|all)\s+)?"
                                  r"(?:apply|applies|exist|exists|is\s+the\s+case|are\s+present|is\s+present)\s+"
                                  r"(?:here|in\s+this\s+(?:case|instance)|to\s+(?:your|this)\s+request)\b", IC)
# The law's leave for any office to take more time, its subject no one in particular: "a public body may take up to
# five (5) more business days when ...", "An agency may extend the time ...".
ANY_OFFICE_MAY = re.compile(r"\b(?:an?\s+(?:public\s+body|(?:public\s+|state\s+)?agency|governmental\s+body|custodian|"
                            r"records\s+custodian)|agencies|public\s+bodies|custodians)\s+may\b", IC)
# ... and said in the passive of the office bound by it: "agencies are allowed 20 business days to respond to a request,
# plus a 10 business day extension in unusual circumstances", "an agency is permitted to extend the time limit".
STATUTE_PERMITS = re.compile(r"\b(?:does|do)\s+permit|\bpermits\b|\ballows?\s+(?:an?\s+|agencies)|"
                             r"\b(?:agencies|an?\s+(?:public\s+|state\s+)?agency|public\s+bodies|an?\s+public\s+body)\s+"
                             r"(?:are|is)\s+(?:allowed|permitted|entitled)\b", IC)
# ... with an adverb between: "We are therefore extending the statutory response date by 10 business days, as the law
# permits", "the Department is accordingly taking", "we have therefore extended".
# ... and in the contractions of a plain-language letter: "As the law permits, we're extending the response date to Dec.
# 28, 2026" (IRS Letter 1522), "we've extended", "we'll take".
# ... and the office saying it will require the days the law lets it take: Mississippi's "MDOC will require an
# additional seven working days to respond, as the statute permits" (Miss. Code Ann. § 25-61-5(1)(b)), "The
# Department will require ten more business days, as the law allows".
EXTENSION_TAKEN = re.compile(r"\b(?:invok|(?:will|(?<=['\u2019])ll)\s+(?:take|need|extend)|"
                             r"(?:are|is|am|(?<=['\u2019])(?:re|m))\s+(?:(?:hereby|therefore|accordingly|thus|consequently|now|"
                             r"also)\s+){0,2}"
                             r"(?:extending|taking)|(?:have|has|(?<=['\u2019])ve)\s+(?:(?:hereby|therefore|accordingly|thus|"
                             r"consequently|now|also)\s+){0,2}(?:extended|taken)\b|is\s+necessary|"
                             # ... and the time the office itself needs: "we need an additional ten working days
                             # beyond the usual time limit, as 5 U.S.C. § 552(a)(6)(B)(i) permits"
                             r"(?<!when\s)(?<!if\s)(?<!where\s)(?<!whenever\s)\b(?:we|I)\s+(?:(?:therefore|thus|now|also)\s+)?(?:need|require)\s+(?:an?\s+)?"
                             r"(?:\S+\s+)?(?:additional|more|further)\b|"
                             # ... said as what the office will require, the office the subject (a name, never a
                             # request's need under a condition: "if a request will require more time")
                             r"(?<!when\s)(?<!if\s)(?<!where\s)(?<!whenever\s)(?<!unless\s)"
                             r"(?<!when\sthe\s)(?<!if\sthe\s)(?<!where\sthe\s)(?<!unless\sthe\s)"
                             r"\b(?:we|I|(?-i:[A-Z][\w.&'\u2019-]*))\s+will\s+require\s+(?:an?\s+)?(?:\S+\s+)?"
                             r"(?:additional|more|further)\b)", IC)
# A decision under a condition is none yet: "If fees are waived, we will tell you"; "unless the waiver is granted".
# ... the subject may be long: "If your request for a fee waiver cannot be granted" (words only, never past a comma)
_CONDITIONAL_DECISION = (r"\b(?:if|unless|whether|in\s+the\s+event(?:\s+that)?)\s+(?:\w+\s+){0,8}?"
                         r"(?:is|are|be|was|were|(?:has|have)\s+been)\s+(?:\w+\s+)?(?:granted|approved|denied|waived|warranted|"
                         r"justified|afforded|accorded|allowed)|"
                         # ... and the requester's meeting a test, said as a condition: "If your request qualifies for a
                         # fee waiver, no fees will be charged", "Should your request meet the criteria for expedited
                         # processing, ...", "in the event that the requester is eligible for a waiver"
                         r"(?:\b(?:if|unless|whether|in\s+the\s+event(?:\s+that)?)\s+(?:\w+\s+){0,4}?"
                         r"(?:qualif(?:y|ies)|meets?|satisf(?:y|ies)|(?:is|are)\s+(?:eligible|entitled))|"
                         r"(?:^|[,;:]\s*)\W*should\s+(?:you|your|the|this)\s+(?:\w+\s+){0,3}?(?:qualify|meet|satisfy|"
                         r"be\s+(?:eligible|entitled|granted|approved|waived)))\b|"
                         # ... and a request that would become moot on a condition: "If no fees are assessable, the fee
                         # waiver request will be moot", "the waiver request would be rendered moot if no fees are
                         # charged" (not a request found moot: "Because no fees were charged, your request is moot")
                         r"\b(?:if|unless|should|in\s+the\s+event(?:\s+that)?)\b[^.;]{0,100}?\b(?:will|would|shall|may)\s+"
                         r"(?:be|become)\s+(?:rendered\s+)?moot\b|"
                         r"\b(?:will|would|shall|may)\s+(?:be|become)\s+(?:rendered\s+)?moot\s+(?:if|unless|should|in\s+the\s+"
                         r"event)\b")
# A decision an earlier letter made, told again: "Your request for a waiver of fees was denied by our letter of October
# 29, 2026", "your request for expedited processing was granted in our e-mail dated November 2", "was denied on
# October 29, 2026" (not this letter's: "Your request for a fee waiver is denied").
_DECIDED_BEFORE = (r"\b(?:was|were|had\s+been)\s+(?:previously\s+|already\s+)?(?:denied|granted|approved|rejected|"
                   r"decided)\b(?:\s+in\s+(?:full|part))?\s+(?:(?:by|in)\s+(?:our|its|the|a|my|an)\s+(?:earlier\s+|"
                   r"previous\s+|prior\s+|separate\s+)?(?:letter|e-?mail|notice|correspondence|decision|determination)\s+"
                   rf"(?:of|dated|sent|issued|on)\b|on\s+{A_DATE})")
NOT_A_DECISION = re.compile(rf"\bappeal\b|\bif\s+you\b|you\s+may\s+(?:request|ask)|{_CONDITIONAL_DECISION}|"
                            rf"{_DECIDED_BEFORE}", IC)
# A letter about an appeal (not a determination that merely explains the right to appeal).
# Words of a crime and its report, beside which a "complainant" is the one who reported it.
_CRIME_WORDS = (r"(?:charges|prosecut\w*|crimes?|criminal|offen[cs]es?|suspects?|victims?|arrest\w*|assault\w*|"
                r"burglar\w*|theft|common-law\s+privacy|law\s+enforcement|investigation)")
APPEAL_LETTER = re.compile(r"\byou\s+appealed|\bthe\s+appellant\b|^dear\s+appellant\b|"
                           # a review body's decision on the requester's filing for review of a denial: "Corinna
                           # Halvorsen-Adeyemi ("Requester") filed a written notice of review with the Office of
                           # Hearing Examiners ... after the ... Sheriff's Office denied her written request" (South
                           # Dakota's SDCL 1-27-38), "the requester submitted a petition for review of the denial" (not
                           # the right to one: "you may file a notice of review", "if you file a petition for review")
                           # (a sentence's own dots, "Ms. Rivera", stop nothing: it is one sentence)
                           r"^(?![^;]*\b(?:if|may|can|must|should|unless)\b)[^;]*?\b(?:filed|submitted|lodged)\s+"
                           r"(?:a|an|the|her|his|their|its)\s+(?:written\s+)?(?:notice|petition|application)\s+(?:of|for)\s+"
                           r"(?:\w+\s+)?review\b[^;]*?\b(?:denied|denial|withh[eo]ld\w*|refus\w*)\b|"
                           # ... or the filing named first, by whom it was filed after: "This matter came before the
                           # Office of Hearing Examiners on the Notice of Review filed by Marisela Thorvaldsen-Adu ...
                           # after Pennington County ... denied in part her written request" (not "a notice of review
                           # may be filed by the requester if ...")
                           r"^(?![^;]*\b(?:if|may|can|must|should|unless)\b)[^;]*?\b(?:notice|petition|application)\s+"
                           r"(?:of|for)\s+(?:\w+\s+)?review\s+(?:was\s+|that\s+was\s+)?(?:filed|submitted|lodged)\s+by\b"
                           r"[^;]*?\b(?:denied|denial|withh[eo]ld\w*|refus\w*)\b|"
                           # a review body's answer to the requester's complaint that an office broke the law: "has
                           # completed its review of your complaint, received on September 21, 2026, alleging that the
                           # Doña Ana County Detention Center ... violated the Inspection of Public Records Act" (not a
                           # complaint about a person or a service)
                           r"\byour\s+complaint\b[^.;]{0,80}?\balleg\w*\s+that\b[^.;]{0,160}?\b(?:violated|"
                           r"(?:has|had|did)\s+not\s+compl(?:y|ied)\s+with)\s+(?:the\s+)?(?:[\w.'\u2019-]+,?\s+){0,7}?"
                           r"(?:act|law|statutes?|(?-i:[A-Z]{3,6}))\b|"
                           # a review body answering the requester who asked it to review a denial: "your
                           # correspondence ... in which you requested our review of the denial of your public records
                           # request by the City" (Nebraska's Attorney General)
                           r"\b(?:request(?:ed|ing)?|ask(?:ed|ing)?\s+for|sought|seek(?:s|ing)?)\s+(?:our|this\s+"
                           r"office(?:'s|\u2019s)|the\s+attorney\s+general(?:'s|\u2019s))\s+review\s+of\s+(?:the|a|its|"
                           r"their)\s+(?:[\w-]+\s+){0,2}?denial\b|"
                           # a review body's file opened on the requester's complaint: "OIP has opened an appeal file"
                           rf"{OPENED_APPEAL_FILE}|{APPEAL_RECEIVED_ON}|{APPEAL_RECEIPT_ACKNOWLEDGED}|"
                           # a review body's notice of an appeal it received, its appellant named only by name: "This
                           # Office received an appeal under KRS 61.880(2)(a) on November 30, 2026, from Ms. Rivera"
                           r"\b(?:office|board|commission|counselor|committee|we|I)\s+(?:has\s+|have\s+)?received\s+"
                           r"(?:an?|the|your)\s+(?:[\w()/-]+\s+){0,3}?appeal\b|"
                           # Hawaii OIP's opinion: "Requester seeks a decision as to whether the Department ...
                           # properly denied her request"
                           r"\b(?:requester|appellant|petitioner|complainant)\s+(?:\w+\s+)?seeks\s+a\s+(?:decision|ruling|"
                           r"determination|opinion)\s+(?:as\s+to\s+)?whether\b|"
                           # an appeal body's order in a case between the parties: "By this appeal, Petitioner seeks
                           # access", "the Petitioner's appeal is denied", "Appellant appealed to the Committee"
                           r"\b(?:petitioner|appellant|requester|complainant)(?:'s|\u2019s)?\s+appeal(?:ed)?\b|"
                           # the requester's letter that appeals, answered: "This letter responds to your October 30,
                           # 2026 letter, which we received on November 2, 2026, appealing the October 14, 2026
                           # determination", and what it argues: "In your appeal, you argue that ..."
                           r"\b(?:respond(?:s|ing)?\s+to|response\s+to|in\s+reply\s+to)\s+your\s+(?:[\w,]+\s+){0,4}?"
                           r"(?:letter|e-?mail|correspondence|submission)\b[^.;]{0,100}?\bappealing\b|"
                           r"\bin\s+your\s+(?:\w+\s+)?appeal\b,?\s+you\s+(?:argue|contend|assert|state|claim|maintain)|"
                           r"\bby\s+this\s+appeal\b|your\s+(?:\w+,?\s+){0,5}appeal\s+(?:of|from|dated|concern|regarding|was|"
                           r"has|is)|(?:considered|considering|reviewed|reviewing)\s+your\s+(?:\w+\s+)?appeal|"
                           # ... with a clause set off between: "Your FOIA appeal, postmarked November 18, 2026, was
                           # docketed ..."
                           rf"your\s+(?:\w+\s+){{0,5}}appeal,\s+{IN_SENTENCE}{{1,80}}?,\s+(?:was|has\s+been|is)\s|"
                           # ... or its own date set off, whatever it did next: "confirms that your Freedom of
                           # Information Act (FOIA) appeal, dated November 30, 2026, arrived in this office on December
                           # 4, 2026" (an appeal already made; not the instruction "send your appeal, dated and signed,
                           # to ...")
                           rf"(?<!\bif\s)\byour\s+(?:\w+\s+){{0,5}}appeal,\s+(?:dated|postmarked|(?:filed|submitted|sent)\s+on)\s+"
                           rf"{A_DATE}|"
                           # ... or logged by the office under its number: "We have logged your appeal under tracking
                           # number 2027-APL-0031", "we docketed your FOIA appeal as No. 27-014" (not the requester's
                           # "you have logged your appeal")
                           r"(?<!\byou\s)(?<!\byou\shave\s)\b(?:logged|docketed|registered)\s+(?:your|the|this)\s+"
                           r"(?:[\w()/-]+\s+){0,4}?appeal\s+(?:under|as|with)\b|"
                           r"\bon\s+appeal\b|\bappeal\s+(?:no\.?|number|#)|"
                           # "This Decision considers the Appeal you filed from a determination", "I write ... to decide
                           # your appeal of the Department's partial denial"
                           r"\b(?:the|your|this)\s+(?:\w+\s+)?appeal\s+(?:that\s+)?you\s+(?:filed|submitted|lodged|"
                           r"brought)\b|\b(?:decide|decides|deciding)\s+(?:your|the|this)\s+(?:\w+\s+)?appeal\b|"
                           # "This letter is my decision on your appeal under 1 V.S.A. § 318(c)(1)"
                           r"\b(?:decision|determination|ruling)\s+(?:on|of)\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,2}"
                           r"appeal\b(?!\s+(?:rights?|process|procedures?)\b)|"
                           # "Re: FOIA Appeal 26-A-0042": an appeal's own number, digits and a hyphen, without "No."
                           r"\bappeal\s+(?=[A-Z0-9]*\d[A-Z0-9]*-[A-Z0-9-]*\d)|"
                           # "Upon review of your appeal", "This responds to your appeal"
                           # ... named by the law's whole name: "This letter responds to your Freedom of Information
                           # Act (FOIA) appeal received by this office on ..."
                           r"(?:review\s+of|response\s+to|respond(?:s|ing)?\s+to|regarding|concerning)\s+your\s+"
                           r"(?:[\w()/-]+\s+){0,6}?appeal\b|"
                           rf"{NOT_A_TIME_LIMIT}"
                           r"receipt\s+of\s+your\s+(?:\w+\s+){0,5}appeal|received\s+your\s+(?:[\w/]+\s+){0,5}appeal|\bappeal,\s+received\b|"
                           r"\bappeal\s+has\s+been\s+(?:assigned|docketed|logged)|"
                           # Massachusetts's Supervisor of Records, writing to the records officer: "I have received the
                           # petition of Jane Doe appealing the response of the Department", "this appeal, SPR26/2742,
                           # was opened as a result"
                           r"\bpetition\s+of\s+(?:[\w.'\u2019-]+\s+){1,5}?appealing\b|"
                           r"\bappeal\b(?:,\s+[^,.;]{1,30},)?\s+(?:was|has\s+been)\s+opened\b|"
                           # an appeal body deciding between the requester and the agency
                           r"\bthe\s+appeal\s+(?:is|was|has\s+been)\s+(?:hereby\s+)?(?:granted|denied|dismissed|"
                           r"sustained|remanded)|petition\s+appealing|\bdkt\b|\bdocket\s+(?:no|number)|"
                           # ... the petitioner named between (Massachusetts's Supervisor of Records): "I have received
                           # the petition of Jane Roe appealing the response of the Police Department", "the petition
                           # of Mr. Roe, appealing ..."; and the file opened on it: "this appeal, SPR26/2417, was
                           # opened as a result", "an appeal was opened"
                           r"\bpetition\s+of\s+(?:[\w.'\u2019-]+,?\s+){1,5}?appealing\b|"
                           r"\b(?:this|the|an|your)\s+appeal,?\s+(?:[\w/-]*\d[\w/-]*,?\s+)?(?:was|has\s+been)\s+opened\b|"
                           rf"request\s+for\s+review\b|\byour\s+{MEDIATION_REQUEST}|{FILED_BY_REQUESTER}|"
                           # the Federal Communications Commission's FOIA appeal, its review of a bureau's answer
                           # (47 C.F.R. § 0.461(j)): "we grant in part and deny in part an Application for Review filed
                           # by ...", "Aldergrove filed a timely Application for Review" (not the right to file one:
                           # "you may file an application for review")
                           r"^(?![^.;]*\b(?:may|might|can|could|if|right\s+to)\b)[^.;]*?\b(?:an|the|your|this|its|"
                           r"timely)\s+application\s+for\s+review\b|"
                           # (the person who complains to a review body, not the one who reported a crime: an
                           # attorney general's ruling on a police report, "the complainant declined to pursue
                           # charges", "common-law privacy for the name of the complainant"); more than one, only as
                           # the parties in a caption: "Rosalind Achterberg-Nwosu and the New Haven Ledger, Complainants
                           # against Chief of Police" (not "residents and complainants" whose names a record holds)
                           rf"^(?!.*\b{_CRIME_WORDS}\b).*?\bcomplainant\b|(?-i:\bComplainants)\s*,?\s+(?-i:against|v\.|"
                           r"vs\.)\s|\bcomplaint\s+(?:no\.?|number)|"
                           # a review body's opinion on a formal complaint (Indiana's Public Access Counselor): "This
                           # advisory opinion is in response to your formal complaint", "Re: Formal Complaint
                           # 26-FC-301" (not "you may file a formal complaint with the Public Access Counselor")
                           r"\b(?:your|this|the)\s+formal\s+complaint\b(?!\s+(?:form|process|procedure)s?\b)|"
                           r"\bformal\s+complaint\s+(?=[A-Z0-9]*\d[A-Z0-9]*-[A-Z0-9-]*\d)|"
                           # a review body's docket: "The Commission has docketed your complaint against ..."
                           r"\b(?:docketed|logged|registered)\s+your\s+(?:[\w-]+\s+){0,3}?complaint\b|"
                           # ... and its investigation of a complaint brought under the records law (Rhode Island's
                           # Attorney General): "We have completed our investigation into the Access to Public Records
                           # Act ("APRA") Complaint you filed against the Westerly Police Department", "The
                           # investigation into your APRA complaint is complete" (not a complaint of misconduct: "the
                           # investigation into your complaint against Officer Reyes")
                           r"\binvestigation\s+(?:into|of)\s+(?:your|the|this)\s+(?:[\w'\u2019-]+\s+){0,8}?"
                           r"(?:act|records|APRA|FOIA|OPRA|RTKL|FOIL)\b(?:\s*\([\"\u201c]?[A-Z]{2,8}[\"\u201d]?\))?\s+"
                           r"complaint\b|"
                           # an attorney general's or ombudsman's review of a denial: "We treat your correspondence
                           # as a Petition for a determination", "a request for an opinion under N.D.C.C. § 44-04-21.1"
                           r"petition\s+for\s+(?:a\s+)?determination|"
                           # ... or the office's own review of its denial: "Re: Petition for Review PR-26-014", "You
                           # asked the City Attorney's Office to review the Police Department's decision" (not what a
                           # requester may do: "you may file a petition for review")
                           r"(?<!\ba\s)(?<!\bmay\sfile\s)\bpetition\s+for\s+(?:internal\s+|administrative\s+)?review\b|"
                           # ... the office named in full and the decision by its date: "you asked the Department of
                           # Labor & Industries (L&I) to review its October 30, 2026 decision to deny"
                           r"\byou\s+(?:asked|requested)\s+(?:the\s+|this\s+|our\s+)?"
                           r"(?:[\w'\u2019&()-]+\s+){0,7}?to\s+review\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                           r"(?:[\w'\u2019/.-]+,?\s+){0,4}?(?:decision|denial|determination|response|redactions?|withholdings?)\b|"
                           # ... or petitioned a review body, the statute cited between: "you petitioned the Attorney
                           # General under Neb. Rev. Stat. § 84-712.03(1)(b) to review the denial of your public records
                           # request", "the requester petitioned this office for review of the decision" (not what the
                           # requester may yet do: "you may petition the Attorney General to review the denial", nor
                           # "if you petitioned ...")
                           r"(?<!\bif\s)\b(?:you|the\s+(?:requester|requestor|petitioner))\s+(?:have\s+|has\s+|then\s+)?"
                           r"petitioned\s+(?:the|this|our|us\b)[^;]{0,140}?\b(?:to\s+review|for\s+(?:a\s+)?review\s+of)\s+"
                           r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'\u2019/.-]+,?\s+){0,4}?(?:decision|denial|"
                           r"determination|response|redactions?|withholdings?)\b|"
                           # Oregon: the requester's petition to the district attorney to review a denial ("Your
                           # petition, dated August 24, 2026, asks the District Attorney to review ...")
                           r"your\s+(?:[\w-]+\s+){0,3}petition\b,?\s+(?:of|from|dated|concern|regarding|was|has|is|asks|"
                           r"asking|seeks|seeking|challeng|received|filed|submitted)|"
                           # ... or captioned by the petitioner's name and answered by the order on it: "Re: Petition
                           # of Jane Roe for Review of Denial of Public Records Request", "This letter is the District
                           # Attorney's order on the above-referenced petition" (not "you may file a petition for
                           # review")
                           r"\bpetition\s+of\s+(?:[\w.'\u2019-]+\s+){1,5}?for\s+(?:\w+\s+)?review\s+of\b|"
                           r"\b(?:order|decision|ruling|determination)\s+on\s+(?:your|the|this)\s+"
                           r"(?:above[\s-](?:referenced|captioned|entitled)\s+)?petition\b|"
                           # ... the petitioner named, not addressed: "This letter is the Attorney General's order
                           # on Jane Roe's petition under ORS 192.411", "Re: Petition on Behalf of Jane Roe for
                           # Disclosure of Records in the Possession of the Oregon Health Authority" (not "you may
                           # file a petition")
                           r"\b(?:order|decision|ruling|determination)\s+on\s+(?:[\w.'\u2019-]+\s+){0,3}?"
                           r"[\w.-]+(?:'s|\u2019s)\s+petition\b|"
                           r"\bpetition\s+(?:of|on\s+behalf\s+of|by)\s+(?:[\w.'\u2019-]+\s+){1,5}?for\s+"
                           r"(?:(?:the\s+)?disclosure\s+of|review\s+of)\b|"
                           r"(?:received|receipt\s+of)\s+your\s+(?:[\w-]+\s+){0,3}petition\b|\brequest\s+for\s+an?\s+(?:\w+\s+){0,2}"
                           r"opinion\b|\bopen\s+records\s+(?:and\s+meetings\s+)?opinion\b|"
                           # an attorney general's decision: "This appeal followed.", "the Appellant", Kentucky's
                           # "Open Records Decision" (not Texas's earlier decisions cited as precedent by number and
                           # year: "see also Open Records Decision No. 127 (1976)", in a letter ruling or a release)
                           r"\bthis\s+appeal\s+followed\b|\bthe\s+appellant\b|"
                           r"\bopen\s+records\s+decision\b(?!s?\s+Nos?\.?\s*\d)|"
                           # Minnesota's Commissioner of Administration: "Advisory Opinion 26-019", "This is an opinion
                           # of the Commissioner of Administration", "asked the Commissioner for an advisory opinion"
                           # (not "you may seek an advisory opinion of the Commissioner")
                           # an attorney general's opinion asked for by the requester (Arkansas's A.C.A. §
                           # 25-19-105(c)(3)(B)): "You have requested my opinion, under ..., on whether the decision of
                           # the custodian ...", "you asked for this office's opinion" (not "you may request my
                           # opinion")
                           r"(?<!\bmay\s)(?<!\bcan\s)\b(?:you|your\s+client)\s+(?:have\s+|has\s+)?(?:requested|asked\s+for|"
                           r"sought)\s+(?:my|our|this\s+office(?:'s|\u2019s)|the\s+attorney\s+general(?:'s|\u2019s))\s+"
                           r"(?:\w+\s+)?opinion\b|"
                           # ... or named as the request: "I am writing in response to your request for my opinion
                           # under A.C.A. § 25-19-105(c)(3)(B)(i)", "Your request for this office's opinion ..."
                           r"\byour\s+(?:written\s+)?request\s+for\s+(?:my|our|this\s+office(?:'s|\u2019s)|the\s+attorney\s+"
                           r"general(?:'s|\u2019s))\s+(?:\w+\s+)?opinion\b|"
                           r"\bthis\s+is\s+an?\s+(?:advisory\s+)?opinion\s+of\b|\badvisory\s+opinion\s+(?:no\.?\s*)?\d|"
                           r"\basked\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?for\s+an?\s+(?:advisory\s+)?opinion\b|"
                           # a request to reconsider a denial, where the law gives no appeal (California): "you wrote
                           # to ask the Department to reconsider its October 29, 2026 decision", "your request for
                           # reconsideration", "Upon reconsideration, ..." (not "you may ask us to reconsider")
                           # ... or "Your e-mail of November 13, 2026 asked us to take a second look at the
                           # Department's ... response"
                           r"\b(?:you|your\s+(?:letter|e-?mail|message|correspondence)(?:\s+(?:of|dated)\s+"
                           r"[\w ,/.]{4,20}?\d{4},?)?)\s+"
                           r"(?:(?:wrote|have|had|also|then|subsequently)\s+(?:to\s+)?){0,2}"
                           r"(?:asked|asks|ask|requested|requests|urged|urges)\s+(?:[\w.'\u2019-]+\s+){0,8}?to\s+"
                           r"(?:reconsider|take\s+(?:a|another)\s+(?:second|fresh|new)?\s*look|look\s+again|re-?examine|"
                           r"revisit)\b|"
                           r"\byour\s+(?:\w+\s+){0,2}request\s+for\s+reconsideration\b|\b(?:upon|on|after)\s+"
                           r"reconsideration\b|"
                           # a court's public-records case (Ohio's Court of Claims under R.C. 2743.75): "this
                           # public-records case", "the special master issued a report and recommendation"
                           r"\bpublic[- ]records\s+case\b|\bspecial\s+master\b|"
                           # the requester's letter that disputes what was withheld: "Your November 16, 2026 e-mail
                           # challenged the redactions the Washington State Patrol made", "your letter disputing the
                           # denial"
                           r"\byour\s+(?:[\w,]+\s+){0,3}?(?:letter|e-?mail|message|correspondence)\s+"
                           r"(?:of\s+[\w ,]{4,20}?\d{4},?\s+)?"
                           r"(?:challenged|challenging|disputed|disputing|contested|contesting|objected\s+to|objecting\s+to)"
                           r"\s+(?:the\s+|its\s+|our\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:redactions?|withholdings?|denial|decision|"
                           r"exemptions?|response)\b|"
                           # Iowa's Public Information Board: "The IPIB received your formal complaint on ..."
                           # ... or its receipt acknowledged: "acknowledges receipt of your formal complaint"
                           # ... the law it is brought under named before it: "acknowledges receipt of your Access to
                           # Public Records Act ("APRA") complaint", "received your Open Meetings Act complaint", "your
                           # FOIA complaint"
                           r"(?:received|receipt\s+of)\s+your\s+(?:formal\s+|written\s+|signed\s+)?"
                           r"(?:(?:[\w-]+\s+){1,6}?act\s+(?:\(\W?(?-i:[A-Z]{2,8})\W?\)\s+)?|(?-i:[A-Z]{2,8})\s+)?"
                           r"complaint\b|"
                           # a mediator closing its mediation of the dispute over a denial: "It concludes our
                           # mediation of the dispute over Mr. Roe's Public Information Act request"
                           rf"{MEDIATION_CONCLUDED}", IC)
# Projections are not releases: "we anticipate providing the first installment on or before ...".
# ... nor records that "will be ready" or "will be available" (not yet sent), nor what staff "think" will happen.
# ... and the first release set for a day to come: "with the first release on or about January 15, 2027"
# What an installment will cost, as a rule or under a condition, is no installment sent: "There is no charge for the
# first installment of records provided electronically if the total charge is $1.00 or less" (RCW 42.56.120(2)(b)),
# "a deposit of 10 percent is required for each installment", "fees for any installment are due before it is released"
# (not the charge for one now ready: "The first installment is available upon payment of $12.40").
INSTALLMENT_CHARGE_RULE = re.compile(
    r"\b(?:no\s+charge|no\s+fee|charges?|fees?|costs?|deposits?)\s+(?:(?:is|are|will\s+be)\s+)?(?:(?:charged|"
    r"required|due|owed|assessed)\s+)?for\s+(?:the\s+|each\s+|any\s+|an?\s+|every\s+)?(?:(?:first|second|next|"
    r"subsequent|later|additional)\s+)?installments?\b(?=[^.;]*\b(?:if|unless|when|before)\b|"
    r"(?<=each\sinstallment)|(?<=any\sinstallment)|(?<=every\sinstallment))", IC)
PROJECTION = re.compile(r"anticipat|expect|estimat|on\s+or\s+before|\bplan\s+to|\bhope\s+to|"
                        r"\b(?:first|initial|next)\s+(?:interim\s+)?(?:release|production|installment)\s+"
                        r"(?:\w+\s+){0,3}?on\s+or\s+about\b|"
                        r"\bwill\s+be\s+(?:ready|available)\b|\b(?:think|thinks|believe|believes)\b|"
                        # ... nor releases promised as the work goes on: "We will make interim releases of non-exempt
                        # records as they are processed", "the Department will provide rolling productions"
                        r"\b(?:will|shall)\s+(?:continue\s+to\s+)?(?:make|provide|issue|send|produce)\s+(?:\w+\s+){0,2}?"
                        r"(?:interim|rolling|partial)\s+(?:releases?|productions?|responses?|installments?)\b", IC)
# An invoice's or estimate's total as a label before its amount: "Amount Due: $216.00", "Total Amount Due: $40.00",
# "Balance Due $12.50" (not a deposit's: "Deposit Amount Due: $50.00" is part of the fee).
AMOUNT_DUE_LABEL = (r"(?<!deposit\s)(?<!advance\s)\b(?:total\s+)?(?:amount|balance|total)\s+(?:now\s+)?"
                    r"(?:due|owed|payable)\s*:?\s*\$")
# A line that gives the new due date by its label, as a portal's notice of a changed due date does: "New Due Date:
# 12/03/2026", "Extended response due date | December 9, 2026", "Revised Due Date - 01/08/2027" (not the "Original
# Due Date", a payment's "Due Date" or an appeal's).
NEW_DUE_DATE_LABEL = re.compile(r"^\W*(?:new|extended|revised|updated)\s+(?:response\s+|request\s+)?due\s+date\s*"
                                r"[:|-]?\s*(?:is\s+)?|"
                                # ... and the answer said to be due now: "Determination now due: December 31, 2026",
                                # "Answer now due by: 12/09/2026", "Response now due on: ..."
                                r"^\W*(?:determination|decision|response|answer|reply)\s+(?:is\s+)?now\s+due"
                                r"(?:\s+(?:by|on))?\s*[:|-]", IC)
# The result of a fee's computation, the amount after "=" that closes a product of units and a unit price: "11
# hours x $41.37 per hour = $455.07", "5 hours @ $25.00/hour = $125.00" (not the
# unit price itself, nor a bare "= $0.10" that multiplies nothing).
COMPUTED_TOTAL = re.compile(r"\d[\d,]*(?:\.\d+)?\s+(?:[A-Za-z-]+\s+){0,4}?(?:[x\u00d7*@]|times|at)\s*"
                            r"\$\s?\d[\d,]*(?:\.\d+)?\s*(?:(?:per|an?|each|/)\s*(?:[A-Za-z-]+)?\s*)?=\s*$", IC)
# Per-unit prices and thresholds are not an estimate, unless the sentence gives a total.
UNIT_PRICES = re.compile(r"\brate\b|per\s+(?:page|hour|quarter)|cents?\s+a\s+page|"
                         r"\bfirst\s+(?:\d+|two|one\s+hundred)\s+(?:pages|hours)", IC)
ESTIMATE_TOTAL = re.compile(r"\btotal|estimat|\bwill\s+cost\s+(?:you\s+)?\$|"
                            # the charges foreseen: "we anticipate charges of $168.50 (five hours at the clerical
                            # rate ...)", "we expect the fees to come to $88.00", "projected costs of $40.00"
                            r"\b(?:anticipat|expect|project|foresee|forecast)\w*\s+(?:\w+\s+){0,2}?(?:charges?|fees?|"
                            r"costs?)\s+(?:of|totall?ing|amounting\s+to|(?:to|will|would)\s+(?:be|come\s+to|amount\s+to))\s+"
                            r"(?:about\s+|approximately\s+|roughly\s+)?\$|"
                            # "The cost for the copies is $4.50 (90 pages at $0.05 per page)"
                            # ... or said as near: "we anticipate that the fees for your request will be
                            # approximately $186.00 (5 hours ... at $32.00 per hour ...)"
                            # ... also past an aside between commas: "The charge for this request, calculated under
                            # section 552.261 of the Government Code, is $27.20 (212 pages at $.10 per page ...)"
                            r"\b(?:cost|fee|charge|amount)s?\s+(?:\w+\s+){0,4}(?:\w*,[^,;$]{1,160}?,\s+)?(?:is|are|will\s+be|"
                            r"comes?\s+to)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?\$|"
                            # "the fee for the remaining eight hours at $25.00 per hour will be $200.00"
                            r"\b(?:will\s+be|comes?\s+to|amounts?\s+to)\s+(?:about\s+|approximately\s+|roughly\s+|"
                            r"around\s+|nearly\s+)?\$|"
                            # ... or what the hours and rate bring the sum to: "six hours at $30.00 per hour, which
                            # brings the cost to $180.00", "bringing the charge to $96.00"
                            r"\b(?:brings?|bringing|brought|puts?|putting)\s+(?:the|your|our)\s+(?:\w+\s+)?(?:cost|fee|"
                            r"charge|total|bill)s?\s+to\s+(?:about\s+|approximately\s+|roughly\s+)?\$|"
                            # "copies are $0.25 per page, for an amount due of $79.00", "a balance due of $12.50"
                            r"\b(?:amount|balance|sum)\s+(?:due|owed|payable)\s+(?:of|is|will\s+be)\s+\$|"
                            # the sum asked to be remitted, its pages and price a page after it: "Please remit $13.10
                            # for 131 pages at $0.10 per page" (not "do not remit")
                            r"(?<!not\s)(?<!never\s)\bremit\s+(?:the\s+(?:sum|amount)\s+of\s+)?\$|"
                            # ... and an invoice's total as a label, after its lines: "Amount Due: $216.00"
                            + AMOUNT_DUE_LABEL, IC)
# "The DHS Privacy Office has your Freedom of Information Act request of May 28, 2026, which arrived in our office on
# June 1, 2026", "Your request arrived at this office on June 1": the request's arrival is its receipt (not records or a
# payment arriving).
# ... however long the request's subject: "Your Freedom of Information Act request for the consumer complaints ...
# reached our office on October 6, 2026".
# ... or named in the sentence before and taken up by "it": "The FOIA Office has your request for the reports. It came
# into our office on November 30, 2026" (read only after a sentence about the request, not a payment or an appeal).
# (an abbreviated code's dots between, "O.C.G.A. § 50-18-70 et seq., for incident reports ... came to this office",
# are no sentence's end)
# ... or came in by a way the office takes requests, said of the request itself (not of what it concerns: "your request
# concerns invoices that arrived by mail"): "your request under the Freedom of Information Law ..., which came in
# through the NY Open FOIL portal on November 16, 2026".
REQUEST_ARRIVED = (r"\byour\s+(?:[\w()/-]+\s+){0,8}request\b(?:[^.;]|\.(?=\s?\d|,|\s[a-z§]|[A-Z]\.)){0,160}?\s"
                   rf"(?:which\s+|that\s+)?(?:has\s+)?{REACHED_OFFICE}|^\W*it\s+(?:has\s+)?{REACHED_OFFICE}|"
                   # ... or "it" after a semicolon, the request named before it: "We have your request ..., dated
                   # November 18, 2026; it reached the Department's Public Records Act Coordinator on November 19"
                   r"\byour\s+(?!(?:[\w()/-]+\s+){0,8}?(?:appeal|waiver|expedit\w*|payment)\b)(?:[\w()/-]+\s+){0,8}"
                   r"request\b(?:[^.;]|\.(?=\s?\d|,|\s[a-z§]|[A-Z]\.)){0,300}?;\s+it\s+(?:has\s+)?"
                   rf"{REACHED_OFFICE}|"
                   # ... a form's or table's label: "Request came into the Open Records Office | Monday, November 30"
                   rf"^\W*(?:the\s+)?(?:[\w-]+\s+){{0,2}}?request\s+(?:has\s+)?{REACHED_OFFICE}(?=\s*[|:])|"
                   # ... however long the object, with a form number and a place and day in it, so long as no clause
                   # of its own comes between ("Your request for the accident reports, Form FRA F 6180.54, and any
                   # inspection reports concerning the derailment near Wenatchee, Washington, on September 3, 2026,
                   # reached the FRA FOIA Office on November 16, 2026"; not "your request for the letters that
                   # reached the Department on May 4")
                   r"\byour\s+(?:[\w()/-]+\s+){0,8}request\b(?:(?!\b(?:that|which|who|whom|whose)\b)[^.;]|"
                   r"\.(?=\s?\d|,|\s[a-z§]|[A-Z]\.)){161,300}?,\s"
                   rf"(?:has\s+)?{REACHED_OFFICE}|"
                   # ... or came in on a day, no office named: "Your Freedom of Information Act request to OSHA came in
                   # on November 25, 2026", "your request arrived on May 4" (the request's own arrival, not a reply's)
                   # (the request the subject, not "the records you asked for in your request came in on May 4")
                   r"(?<!\bin\s)(?<!\bby\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bunder\s)"
                   r"\byour\s+(?:[\w()/-]+\s+){0,8}request\b(?:[^.;]|\.(?=\s?\d|,|\s[a-z§]|[A-Z]\.)){0,160}?\s"
                   rf"(?:which\s+|that\s+)?{CAME_IN_ON}|"
                   r"\byour\s+(?:[\w()/-]+\s+){0,8}request\b(?:(?!\b(?:that|which|who)\b)[^.;]|"
                   r"\.(?=\s?\d|,|\s[a-z§]|[A-Z]\.)){0,160}?(?:,\s+which\s+|\s)(?:has\s+)?" + CAME_IN_THROUGH)
# The day the office entered the request in its log: "VHA logged your request in on August 14, 2026".
_LOGGED_IN = (r"\b(?:logged|entered|docketed)\s+your\s+(?:[\w()/-]+\s+){0,6}request\s+(?:in\s+)?on\b|"
              # ... the office's logging in a clause after the request: "Your Freedom of Information Act request, which
              # our office logged in on November 24, 2026, ...", "your request, which the Unit entered into its system
              # on May 4" (not an appeal, a fee waiver or a payment so logged)
              # ... the request's own date first: "your November 20, 2026, Freedom of Information Act request, which the
              # Freedom of Information Group logged on November 23, 2026"
              rf"\byour\s+(?:{A_DATE},?\s+)?(?!(?:[\w()/-]+\s+){{0,6}}?(?:appeal|waiver|expedit\w*|payment)\b)"
              r"(?:[\w()/-]+\s+){0,8}"
              r"request\b[^.;]{0,200}?,\s+which\s+(?:[\w.'\u2019&-]+\s+){1,5}?(?:logged|entered|docketed|registered|"
              r"recorded)\s+(?:it\s+)?(?:in(?:to)?\s+(?:(?:\w+\s+){1,3}?)?)?on\b|"
              # ... the request "that you submitted" received, its day before or after: "On November 23, 2026, the
              # OSHA FOIA Office received the Freedom of Information Act request that you submitted through the DOL
              # FOIA portal", "We received the request you sent by e-mail on May 4"
              r"(?<!\byou\s)\breceived\s+(?:the|your)\s+(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|payment)\b)"
              r"(?:[\w()/-]+\s+){0,8}?request\s+(?:that\s+|which\s+)?you\s+(?:\w+\s+)?(?:submitted|sent|filed|made|"
              r"mailed|e-?mailed|faxed|placed|lodged)\b|"
              # ... in the passive, after the request and its own date: "DC Health has your request, dated November 12,
              # 2026 and logged by this office on November 16, 2026" (not an appeal's or a payment's)
              r"\byour\s+(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|payment)\b)(?:[\w()/-]+\s+){0,6}request\b,?\s+"
              r"(?:dated|of)\s+[^.;]{0,40}?\s+and\s+(?:logged|entered|docketed|date-?stamped)\s+(?:in\s+)?by\s+"
              r"(?:this|our|the)\s+(?:[\w'\u2019-]+\s+){0,3}?on\b|"
              # ... entered as received: "TCEQ logged your Public Information Act request as received on November 18,
              # 2026", "We recorded your request as received on May 4", "date-stamped your request as received on"
              # (not a fee waiver or an appeal so entered)
              r"(?<!\byou\s)\b(?:logged|entered|recorded|docketed|registered|(?:date-?)?stamped|marked)\s+your\s+"
              r"(?!(?:[\w()/-]+\s+){0,6}?(?:appeal|waiver|expedit\w*|payment)\b)(?:[\w()/-]+\s+){0,6}request\s+"
              r"(?:in\s+)?as\s+(?:having\s+been\s+)?received\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d)|"
              # ... the request named first, then "it": "The FOIA Unit has your request of November 30, 2026, for
              # inspection reports, and logged it on December 1, 2026"
              r"\byour\s+(?:[\w()/-]+\s+){0,8}request\b[^.;]{0,200}?\b(?:logged|entered|docketed)\s+it\s+"
              r"(?:in(?:to)?\s+(?:\w+\s+){1,3}?)?on\b")
# A sentence that takes up the request named in the one before: "It was logged in on October 14, 2026", "It was received
# in this office on May 3".
# ... behind what the office's records show: "Our records show it was received by the National Records Center on
# October 28", "According to our records, it was received in this office on May 3".
_RECORDS_SHOW = (r"(?:(?:our|the|its|their)\s+(?:\w+\s+)?(?:records?|system|logs?|files?|database)\s+(?:show|shows|"
                 r"indicate|indicates|reflect|reflects|confirm|confirms)\s+(?:that\s+)?|according\s+to\s+(?:our|the|its)\s+"
                 r"(?:\w+\s+)?(?:records?|system|logs?|files?|database),?\s+)?")
IT_RECEIVED = re.compile(r"^\W*" + _RECORDS_SHOW + r"it\s+was\s+(?:received|logged(?:\s+in)?|entered|docketed)\s+"
                         r"(?:(?:in|into|by|at)\s+"
                         r"(?:[\w'\u2019-]+\s+){1,4}?)?on\b", IC)
# The appeal the sentence before named, taken up as "it": "The Office of the General Counsel has your appeal of ...
# Our office received it on November 24, 2026", "It was docketed on November 23" (never a payment or a check).
RECEIVED_IT = re.compile(r"\b(?:received|docketed|logged|got)\s+it\b|^\W*it\s+(?:was|has\s+been)\s+(?:received|"
                         r"logged(?:\s+in)?|entered|docketed|registered)\b|^\W*it\s+(?:reached|arrived|came)\b", IC)
# The request named in the sentence before, its coming in told in this one, by whatever way it came: "It came in
# through eFOIPA on November 30, 2026", "It arrived by fax on May 3", "It came in to us on June 1"; or it reached the
# office or came to it: "FEMA's Disclosure Branch thanks you for your Freedom of Information Act request. It arrived on
# November 13, 2026", "We have opened a case for the FOIA request you filed .... It came to us through the FIRST portal
# on November 20" (not "It came to our attention on ...").
# ... or the office entered it under its number when it came in: "The Department logged it as GRAMA Request 2026-11-0442
# when it came in through the Open Records Portal on November 20, 2026", "We docketed it under number 27-0031 when it
# arrived on May 3" (the office's act, not the requester's: "you logged it").
IT_CAME_IN = re.compile(r"^\W*it\s+(?:has\s+)?(?:came\s+in\b|arrived\b|reached\s+(?:us|our|this|the)\b|"
                        r"came\s+(?:into\s|to\s+us\b|to\s+(?:our|this|the)\s+(?!attention\b)))|"
                        r"^(?![^.;]*\byou\s+(?:have\s+)?(?:logged|entered|filed|submitted)\b)[^;]{0,160}?"
                        r"\b(?:logged|entered|docketed|registered|numbered|opened)\s+it\b[^;]{0,120}?\b(?:when|as\s+soon\s+as|"
                        r"the\s+day)\s+it\s+(?:came\s+in\b|arrived\b|reached\s+(?:us|our|this|the)\b)", IC)
REQUEST_NAMED = (r"\b(?:your|the)\s+(?:[\w()/-]+\s+){0,8}request\b"
                 r"(?!\s+for\s+(?:a\s+|an\s+|the\s+)?(?:fee|waiver|expedit|review|reconsideration))")
# A form's field for the day a thing was received: "Date Received: 11/30/2026", "Received: 11/30/2026", "Date of
# Receipt: ...", "Receipt Date: ...".
RECEIVED_LABEL = re.compile(r"^\W*(?:date\s+(?:of\s+)?received|received(?:\s+on)?|date\s+of\s+receipt|receipt\s+date)"
                            r"\s*:", IC)
APPEAL_BEFORE = re.compile(r"\bappeal\b", IC)
NOT_THE_APPEAL_BEFORE = re.compile(r"payment|your\s+check|invoice|deposit|\bfees?\b", IC)
YOUR_REQUEST = r"\b(?:has|have|received|got)\s+your\s+(?:[\w()/-]+\s+){0,8}request\b"
# The request's own date, written beside it: "your October 28, 2026 request", "your request dated 26 October 2026,".
REQUEST_OWN_DATE = A_DATE
# A receipt on the day told before: "your request of November 30, 2026, which this office received the same day",
# "which we received that same day", "received it on the same date".
SAME_DAY = re.compile(r"\s+(?:it\s+)?(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+(?:day|date)\b", IC)
# The office's receipt of the request, its day after the request: "acknowledges the Bureau's receipt of your Oregon
# Public Records Law request on November 18, 2026", "confirms our receipt of your request on 11/18/2026" (not of a
# request for a fee waiver, nor of an appeal or a payment).
# ... or on the day the request was put in, where no other receipt is told: "acknowledges receipt of your public
# records request, submitted on November 24, 2026", "confirms receipt of your request, which was made on May 4", with
# the office it was put in to between: "acknowledges receipt of your FOIA request submitted to the U.S. Department of
# Labor (DOL), Wage and Hour Division (WHD), on November 17, 2026", "receipt of your request sent via FOIA.gov on
# May 4" (not "... submitted on November 3 and received on November 9").
RECEIPT_OF_IT_ON = (r"\breceipt(?=\s+of\s+(?:your|the|this)\s+(?!(?:[\w/()-]+\s+){0,8}?(?:appeal|waiver|payment|check|"
                    r"fees?)\b)(?:[\w/()-]+\s+){0,8}?request\s+(?:(?:no\.?|number|#)\s*\S+\s+)?on\s|"
                    r"\s+of\s+(?:your|the|this)\s+(?!(?:[\w/()-]+\s+){0,8}?(?:appeal|waiver|payment|check|fees?)\b)"
                    r"(?:[\w/()-]+\s+){0,8}?request(?:\s+(?:no\.?|number|#)\s*\S+)?,?\s+(?:which\s+was\s+|that\s+was\s+)?"
                    r"(?:submitted|made|filed|sent|placed)\s+(?:online\s+|electronically\s+|by\s+e-?mail\s+)?"
                    r"(?:(?:to|with|through|via)\s+(?:(?!on\s)[\w()/.&'\u2019-]+,?\s+){1,12}?)?on\s"
                    r"(?![^;]*\breceiv))")
# ... and the request acknowledged in those words, without "receipt", on the day it was put in, its number perhaps
# between: NYC OpenRecords' "The Department of Correction has acknowledged your FOIL request FOIL-2026-072-11863,
# submitted on 12/03/2026", "We acknowledge your public records request, which was made on May 4" (not an appeal, a
# waiver or a payment acknowledged, nor "... submitted on November 3 and received on November 9").
ACKNOWLEDGED_AS_SUBMITTED_ON = (r"\backnowledg(?:e|es|ed|ing)(?=\s+(?:your|the|this)\s+(?!(?:[\w/()-]+\s+){0,8}?"
                                r"(?:appeal|waiver|payment|check|fees?)\b)(?:[\w/()-]+\s+){0,8}?request"
                                r"(?:\s+(?:(?:no\.?|number|#)\s*)?[\w#-]*\d[\w-]*)?"
                                r",?\s+(?:which\s+was\s+|that\s+was\s+)?(?:submitted|made|filed|sent|placed)\s+"
                                r"(?:online\s+|electronically\s+|by\s+e-?mail\s+)?"
                                r"(?:(?:to|with|through|via)\s+(?:(?!on\s)[\w()/.&'\u2019-]+,?\s+){1,12}?)?on\s"
                                r"(?![^;]*\breceiv))")
# "X received your request": the receipt of the request itself (not of a payment or an appeal).
# The request come in, in plain words: "Your Freedom of Information Act request hit our inbox on Monday, November 16",
# "the public records request we took delivery of on November 17, 2026", "your request landed in our queue on May 4".
DELIVERED_TO_US = (r"\bhit\s+(?:our|the\s+[\w'\u2019]+)\s+(?:[\w-]+\s+)?(?:inbox|mailbox|queue)\b|"
                   r"\b(?:we|I|the\s+\w+)\s+took\s+delivery\s+of\b|"
                   r"\b(?:landed|arrived)\s+in\s+our\s+(?:[\w-]+\s+)?(?:inbox|mailbox|queue)\b")
REQUEST_DELIVERED = (r"\byour\s+(?!(?:[\w()/-]+\s+){0,8}?(?:appeal|waiver|payment)\b)(?:[\w()/-]+\s+){0,8}?request\s+"
                     r"(?:(?:that|which)\s+)?(?:" + DELIVERED_TO_US + r")|"
                     r"\brequest\s+(?:(?:that|which)\s+)?(?:we|I|the\s+\w+)\s+took\s+delivery\s+of\b")
# The receipt joined to the request's own date by "and": "your Freedom of Information Act (FOIA) request dated
# November 9, 2026, and received in this office on November 10, 2026", "your request of May 2, 2026 and received by the
# Division on May 4" (the request itself received, not what came with it: "and the records received on").
# ... or one day for both, the date after the two words: "your Freedom of Information Act request dated and received in
# our office on December 9, 2026", "your request, dated and received on May 4" (EOUSA's and the Criminal Division's
# form; never "dated and mailed on", nor the records "dated and received by the contractor").
# ... the office the request went to named between: "your Freedom of Information Act (FOIA) request to the Federal
# Emergency Management Agency (FEMA), dated November 30, 2026, and received in this office on December 3, 2026".
# ... the request called one for public records, and the office's long name with its initials: "your request for
# public records dated and received by the California Department of Forestry and Fire Protection (CAL FIRE) on
# November 30, 2026".
RECEIVED_AFTER_OWN_DATE = re.compile(rf"\byour\s+(?:[\w()/-]+\s+){{0,8}}request(?:\s+for\s+(?:public\s+)?records)?"
                                     r"(?:\s+(?:to|with)\s+(?:the\s+)?(?:[\w.'\u2019&()-]+\s+){0,8}?[\w.'\u2019&()-]+(?=,))?"
                                     r",?\s+"
                                     rf"(?:(?:dated|of)\s+{REQUEST_OWN_DATE},?\s+and\s+(?:was\s+)?|dated\s+and\s+)received\s+"
                                     r"(?:(?:in|by|at)\s+(?:[\w.'\u2019&()-]+\s+){1,12}?)?on\b", IC)
RECEIPT_OF_REQUEST = re.compile(r"received\s+your\s+(?:[\w/()-]+\s+){0,8}request|" + RECEIPT_OF_IT_ON + "|"
                                + ACKNOWLEDGED_AS_SUBMITTED_ON + "|"
                                # ... its own date before it: "received your October 28, 2026 request on October 29"
                                rf"received\s+your\s+{REQUEST_OWN_DATE},?\s+(?:[\w/()-]+\s+){{0,8}}request\b|"
                                # ... the receipt in a clause after the request and its own date: "We have your
                                # Freedom of Information Act (FOIA) request dated October 26, 2026, which our office
                                # received on October 30, 2026"
                                rf"\byour\s+(?:[\w()/-]+\s+){{0,8}}request,?\s+(?:dated|of)\s+{REQUEST_OWN_DATE},\s+"
                                r"which\s+(?:[\w'\u2019-]+\s+){1,5}?received\b|"
                                # ... or after the request's long object: "your Freedom of Information Act request for
                                # communications between ... and ..., which EPA received on November 18, 2026" (not
                                # an appeal, payment, complaint or letter named last before the clause)
                                # ... past a citation's abbreviations too: "your request under the Pennsylvania
                                # Right-to-Know Law ("RTKL"), 65 P.S. §§ 67.101 et seq., which the County of Chester's
                                # Open Records Office received on November 16, 2026"
                                # (a month abbreviated within: "your request of Nov. 23, 2026, which ...")
                                # ... the office named at length, its initials in brackets: "your Freedom of
                                # Information Act (FOIA) request, which the National Institute of Food and Agriculture
                                # (NIFA) FOIA Office received on December 9, 2026"
                                r"\byour\s+(?:[\w()/-]+\s+){0,8}request\b(?:" + IN_SENTENCE
                                + r"|(?<=\b[A-Z])\.|(?<=\bseq)\.){0,200}?"
                                r"(?<!appeal)(?<!payment)"
                                r"(?<!complaint)(?<!letter)(?<!check),\s+which\s+"
                                r"(?:(?:[\w.'\u2019&-]+|\([A-Z][A-Za-z0-9.&/-]{0,11}\))\s+){1,12}?"
                                r"received\s+(?:it\s+)?on\b|"
                                # ... or named as the request the requester made, not "your": "the Freedom of
                                # Information Act (FOIA) request you submitted to NASA through the National FOIA
                                # Portal, which the George C. Marshall Space Flight Center (MSFC) FOIA Office received
                                # on December 9, 2026" (not an appeal, a payment or records the requester sent)
                                r"\b(?:the|this)\s+(?!(?:[\w()/-]+\s+){0,8}?(?:appeal|waiver|expedit\w*)\b)"
                                r"(?:[\w()/-]+\s+){0,8}?request\s+(?:that\s+)?you\s+(?:submitted|sent|filed|made|"
                                r"e-?mailed|mailed|faxed)\b(?:" + IN_SENTENCE + r"|(?<=\b[A-Z])\.){0,200}?"
                                r"(?<!appeal)(?<!payment)(?<!complaint)(?<!letter)(?<!check),\s+which\s+"
                                r"(?:[\w.'\u2019&()-]+\s+){1,10}?received\s+(?:it\s+)?on\b|"
                                + RECEIVED_AFTER_NUMBER + "|"
                                rf"{GOT_REQUEST}|{HAD_REQUEST_SINCE}|{REQUEST_ON_FILE}|{TOOK_RECEIPT}|{REQUEST_DELIVERED}|"
                                rf"{REQUEST_ARRIVED}|{_LOGGED_IN}|{OPENED_FOR_REQUEST}|"
                                # "Your request was submitted through our online portal on 11/30/2026"
                                rf"\byour\s+(?:[\w()/-]+\s+){{0,8}}request\b,?\s+(?:(?:which\s+)?(?:was|you)\s+)?"
                                rf"{SUBMITTED_THROUGH_OURS}|\byou\s+{SUBMITTED_THROUGH_OURS}|"
                                # "In response to your public records request received June 24, 2026"
                                r"\byour\s+(?:[\w-]+\s+){0,6}request,?\s+received\s+(?:on\s+)?(?:[a-z]+\.?\s+\d|\d)|"
                                r"\byour\s+(?:[\w-]+\s+){0,6}request,\s+(?:which\s+was\s+)?received\b|"
                                # ... the request named, then the office that logged it in a clause of its own: "the
                                # California Public Records Act request that the Department of Toxic Substances
                                # Control (DTSC) logged on November 17, 2026", "the request which our office entered
                                # on May 4" (not the requester's "the request that you submitted on", nor an appeal or
                                # a fee waiver request)
                                r"\b(?:the|this|your)\s+(?!(?:[\w()/-]+\s+){0,8}?(?:appeal|waiver|expedit\w*)\b)"
                                r"(?:[\w()/-]+\s+){0,8}?request\s+(?:that|which)\s+(?!you\b|they\b)"
                                r"(?:[\w.'\u2019&()-]+\s+){1,8}?(?:received|logged|entered|docketed|registered)\s+"
                                r"(?:it\s+)?(?:in\s+|into\s+(?:[\w-]+\s+){1,3}?)?on\b|"
                                # "your California Public Records Act (CPRA) request received by the Los Angeles
                                # County Sheriff's Department on April 27, 2026"
                                r"\byour\s+(?:[\w()/-]+\s+){0,8}request,?\s+(?:which\s+was\s+)?received\s+by\s+"
                                r"(?:[\w'\u2019.&-]+\s+){1,8}?on\s+(?:[a-z]+\.?\s+\d|\d)|"
                                r"\bdate\s+(?:of\s+)?(?:the\s+)?(?:request\s+)?receiv\w*(?:\s+by\s+(?:[\w.&'()-]+\s+){0,4}?[\w.&'()-]+)?\s*:|\breceived\s+date\s*:|"
                                # ... in a table's row, its cell beside: "Date received | November 20, 2026"
                                r"^\W*(?:date\s+(?:of\s+)?received|received\s+date|date\s+of\s+receipt)\s*\||"
                                r"\bdate\s+of\s+receipt\b|"
                                # ... and a table's or form's row: "Request received | November 19, 2026", "Request
                                # Received On: 11/19/2026"
                                r"^\W*(?:date\s+)?request\s+(?:was\s+)?received(?:\s+(?:on|date))?\s*[|:]|"
                                # ... the request named by its law: "FOIA received on: 11/25/2026", "RTKL request
                                # received: ...", "Sunshine request received | ..."
                                r"^\W*(?:date\s+)?(?:FOIA|FOIL|FOIPA|PRA|CPRA|RTKL?|OPRA|sunshine(?:\s+law)?|open\s+records|"
                                r"public\s+records)\s+(?:request\s+)?(?:was\s+)?received(?:\s+(?:on|date))?\s*[|:]|"
                                # ... or the bare label of a portal's summary, its date after it: "Received:
                                # 11/27/2026", "Received On | November 27, 2026"
                                rf"^\W*received(?:\s+on)?\s*[|:]\s*(?={A_DATE}|"
                                r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|"
                                r"\byour\s+(?:[\w-]+\s+){0,6}request\b,?\s+which\s+(?:[\w.'\u2019&-]+\s+){1,8}?received\b|request\s+(?:\w+\s+){0,3}(?:was|has\s+been)"
                                r"\s+received|" + REQUEST_LOGGED + "|"
                                r"\byour\s+(?:\w+\s+){0,6}request\b(?:[^.;]|\.(?=[\d,]|\s[a-z]|[A-Z]\.|\s\d)|"
                                # ... past a citation's abbreviations: "Your request under the Colorado Open Records
                                # Act, C.R.S. § 24-72-201 et seq., was received on November 16, 2026"
                                rf"(?<=\b[A-Z])\.|{CODE_ABBREVIATION_DOT})"
                                r"{0,200}?"
                                # ... and the receipt set off by a comma: "your request under the California Public
                                # Records Act (CPRA), Government Code section 7920.000 et seq., received by the
                                # Department on November 5, 2026"
                                rf"(?:\b(?:was|has\s+been)\s+{_SENT_AND}|,\s+)received\s+(?:on|in|by)\b", IC)
# Extending something other than time: "CPS is extending to you an opportunity to confer with us", "we extend our
# apologies for the delay".
EXTENDED_OFFER = re.compile(r"\bextend(?:s|ed|ing)?\s+(?:to\s+you\s+|you\s+)?(?:an?|the|our|my|this)\s+(?:\w+\s+)?"
                            r"(?:opportunity|invitation|offer|courtesy|apolog\w*|thanks|gratitude|welcome)\b", IC)
# What a consent, a right or an exemption reaches, not time: "your client's authorization does not extend to the return
# information of a third party" (an IRS denial), "the waiver extends only to your own file", "the privilege does not
# extend to factual material" (never a time: "we do not extend to January 8", "does not extend to 30 days").
EXTENDED_SCOPE = re.compile(r"\b(?:(?:does|do|did|would|will|cannot|can\s*not)\s+not\s+|(?<!\bnot\s)(?=extends\s+only))"
                            r"extends?\s+(?:only\s+)?to\s+(?!(?:[\w-]+\s+){0,3}?(?:time|times|deadlines?|period|dates?|"
                            r"due|days?|weeks?|months?|january|february|march|april|may|june|july|august|september|"
                            r"october|november|december)\b|\S*\d)", IC)
# Records that extend something other than the time to answer, as a request describes what it seeks: "any decision
# memoranda extending or ending the program in those parishes", "the executive orders extending the state of
# emergency", "all lease amendments that extend the term of the lease" (never the time, the deadline or a period:
# "This notice extends the time to respond").
EXTENDED_SUBJECT = re.compile(r"\b(?:memorand(?:a|um)s?|records?|documents?|orders?|decisions?|directives?|"
                              r"correspondence|communications?|e-?mails?|contracts?|agreements?|amendments?|"
                              r"modifications?|proclamations?|resolutions?|ordinances?|waivers?|approvals?|guidance)\s+"
                              r"(?:(?:that|which)\s+)?extend(?:s|ed|ing)?(?:\s+or\s+\w+)?\s+(?:the|a|an|its|their)\s+"
                              r"(?!(?:[\w-]+\s+){0,3}?(?:time|times|deadlines?|period|date|due\s+date|response)\b)", IC)
# The time said not to be taken or needed: "We do not anticipate needing to invoke this extension at this time", "ICE
# does not intend to take the 10-day extension", "we will not need additional time", "No extension is anticipated"
# (not beside time taken: "We cannot respond within 20 days and are extending the time by 10 days").
_TIME_NOT_TAKEN = (r"^(?!.*\b(?:(?:are|is|am)\s+(?:hereby\s+)?(?:extending|invoking|taking)|(?:is|are|has\s+"
                   r"been|have\s+been)\s+(?:hereby\s+)?extended)\b).*(?:"
                   r"\b(?:(?:do|does|did|will|would|are|is|am|have|has)\s+not|don't|doesn't|won't)\s+"
                   r"(?:(?:currently|presently|now|at\s+this\s+time)\s+)?(?:(?:anticipate|expect|foresee|intend|plan|"
                   r"believe|think)\w*\s+(?:that\s+)?(?:\w+\s+){0,3}?)?(?:need|requir|invok|tak|extend|us[ei])\w*\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:extension|(?:additional|more|extra|further)\s+(?:time|(?:[\w-]+\s+){0,2}"
                   r"days))\b|"
                   r"\bno\s+(?:such\s+)?extension\s+(?:of\s+(?:the\s+|this\s+)?(?:\w+\s+){0,2}?)?(?:is|will\s+be|"
                   r"was)\s+(?:currently\s+)?(?:anticipated|expected|needed|necessary|required|planned|being\s+taken)\b)")
TIME_NOT_TAKEN = re.compile(_TIME_NOT_TAKEN, IC)
EXTENSION_NOT_TAKEN = re.compile(r"^\s*(?:if|should)\b|\bmay\s+(?:need\s+to\s+)?(?:extend|take|invoke)|appeal|"
                                 + _TIME_NOT_TAKEN + r"|"
                                 # "The running of this period may be extended where unusual circumstances exist"
                                 # (but not beside an extension taken: "we are extending it by ten days")
                                 r"^(?!.*\b(?:(?:are|is|am)\s+(?:hereby\s+)?(?:extending|invoking|taking)|(?:is|are|has\s+"
                                 r"been|have\s+been)\s+(?:hereby\s+)?extended)\b).*\b(?:may|might|could|can)\s+be\s+"
                                 r"extended\b|"
                                 # "Unusual circumstances may arise that would require additional time"
                                 # (not more than the days the law adds, those taken: "we may need more than the
                                 # additional ten days")
                                 r"(?!(?:may|might)\s+(?:need|require|take)\s+more\s+than\s+(?:the\s+)?(?:\S+\s+)?"
                                 r"(?:additional|extra|further)\b)"
                                 r"\b(?:may|might|could)\s+(?:\w+\s+){0,2}(?:arise|apply|exist|require|need)\b|"
                                 # what requests of a kind habitually need: "Requests for a complete Record of
                                 # Proceedings ordinarily require additional time to process", "such requests usually
                                 # take longer" (not beside time taken now: "... so we are extending it by ten days")
                                 r"^(?!.*\b(?:(?:are|is|am)\s+(?:hereby\s+)?(?:extending|invoking|taking|using)|(?:is|are|"
                                 r"has\s+been|have\s+been)\s+(?:hereby\s+)?extended|will\s+(?:invoke|extend|take))\b).*"
                                 r"\b(?:ordinarily|generally|typically|usually|normally|often|commonly|frequently|"
                                 r"sometimes)\s+(?:require|need|take)s?\b|"
                                 # what requests of a kind generally take: "Requests that involve video recordings
                                 # must be reviewed and redacted before release, which can take additional time",
                                 # "such reviews often require more time" (not beside an extension taken)
                                 r"^(?!.*\b(?:(?:are|is|am)\s+(?:hereby\s+)?(?:extending|invoking|taking)|(?:is|are|has\s+"
                                 r"been|have\s+been)\s+(?:hereby\s+)?extended)\b).*\b(?:can|often|sometimes|generally|"
                                 r"usually|typically|ordinarily)\s+(?:\w+\s+)?(?:take|takes|require|requires|need|needs)\b",
                                 IC)
# The time said to be extended, in the passive: "the time to decide your appeal is extended by ten working days".
TIME_EXTENDED = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\s+(?:(?:hereby|therefore|accordingly|now)\s+)?"
                           r"extended\b", IC)
# The appeal itself named in a letter about it: "your appeal", "the administrative appeal", "this FOIA appeal" (not
# the verb: "you may appeal").
THE_APPEAL = re.compile(r"\b(?:your|the|this)\s+(?:(?:administrative|foia|foil|records?)\s+)?appeal\b(?!\s+rights?\b)",
                        IC)
# More time only promised to be announced, with no days taken: "We will notify you if unusual circumstances require
# additional time", "should we need more time to respond, we will let you know".
EXTENSION_PROMISED = re.compile(r"\b(?:notify|inform|advise|tell)\s+you\s+(?:\w+\s+){0,2}?"
                                r"(?:if|should|in\s+the\s+event)\b|"
                                r"\blet\s+you\s+know\s+(?:\w+\s+){0,2}?(?:if|should|in\s+the\s+event)\b|"
                                r"\b(?:if|should|in\s+the\s+event\s+that)\s+(?:\w+\s+){0,4}?(?:requires?|needs?|necessitates?)\s+"
                                r"(?:\w+\s+){0,2}?(?:additional|more|further|extra)\s+time\b", IC)
# A condition inside a sentence, up to its comma: "We will make every effort to respond in time; if we need more time
# because of unusual circumstances, we will notify you". What it speaks of is not done ("we are extending the time by
# ten days; if you wish to narrow your request, call us" still extends).
CONDITION_CLAUSE = re.compile(r"(?:^|(?<=[\s;,:(]))(?:if|unless|in\s+the\s+event(?:\s+that)?|"
                              r"should\s+(?=(?:we|the|it|there|any|an?|unusual|additional|more|further)\b))\b[^,;]*",
                              IC)
# A name defined in parentheses as a quoted term: 'the Illinois Department of Public Health ("IDPH" or "the
# Department")', 'your Freedom of Information Act ("FOIA") request'. Without it the words around read as they are meant.
DEFINED_NAME = re.compile(r"\s*\([^()]*[\"\u201c\u201d][^()]*\)")
# ... and a bare acronym too: "your Freedom of Information Act (FOIA) appeal of", "your ... (FOIA) request, received
# on June 8, 2026" (a fee or expedite letter that says on which day the request was received acknowledges it).
ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9./&-]{1,9}\)")
# The reason an extension gives, after its claim: ", because a legal review is necessary ...".
REASON_CLAUSE = re.compile(r",?\s+because\b.*$", IC | re.DOTALL)
# One decision that both upholds and sends back or reverses: partly.
# A decision that reverses one thing and affirms another, each in the first person: "I am reversing the fee category
# determination ... I am affirming the denial of a fee waiver", "we reverse the Bureau's decision on the e-mails and
# uphold its withholding of the memoranda" (not "I am not affirming", nor what the agency affirmed before).
REVERSED_AND_AFFIRMED = re.compile(
    r"\b(?:i|we)\s+(?:am\s+|are\s+|have\s+|hereby\s+|therefore\s+|also\s+){0,2}(?:revers|overturn)\w*\b.*"
    r"\b(?:i|we)\s+(?:am\s+|are\s+|have\s+|hereby\s+|therefore\s+|also\s+){0,2}(?:affirm|uphold|upheld|sustain)\w*|"
    r"\b(?:i|we)\s+(?:am\s+|are\s+|have\s+|hereby\s+|therefore\s+|also\s+){0,2}(?:affirm|uphold|upheld|sustain)\w*\b.*"
    r"\b(?:i|we)\s+(?:am\s+|are\s+|have\s+|hereby\s+|therefore\s+|also\s+){0,2}(?:revers|overturn)\w*|"
    r"\b(?:i|we)\s+(?:am\s+|are\s+|have\s+|hereby\s+|therefore\s+){0,2}(?:revers|overturn)\w*\s+[^.;]{1,120}?\s+and\s+"
    r"(?:am\s+|are\s+)?(?:affirm|uphold|upheld|sustain)\w*", IC)
# ... or in the present passive, a ruling on each withholding in a sentence of its own, read across the letter: "The
# County's denial of access to the settlement agreement is reversed." ... "The County's denial of access to the DCI
# investigative report is affirmed under SDCL 1-27-1.5(5)." (either order; not a denial recalled as "was affirmed",
# nor "the denial is reversed and the fee estimate is affirmed", one ruling on a withholding)
WITHHOLDINGS_REVERSED_AND_AFFIRMED = re.compile(
    r"\b(?:denial|withholding|refusal|redaction)s?\b[^.;]{0,100}?\b(?:is|are)\s+(?:hereby\s+)?(?:revers|overturn)"
    r"\w*\b.*\b(?:denial|withholding|refusal|redaction)s?\b[^.;]{0,100}?\b(?:is|are)\s+(?:hereby\s+)?(?:affirm|"
    r"uph[eo]ld|sustain)\w*|"
    r"\b(?:denial|withholding|refusal|redaction)s?\b[^.;]{0,100}?\b(?:is|are)\s+(?:hereby\s+)?(?:affirm|uph[eo]ld|"
    r"sustain)\w*\b.*\b(?:denial|withholding|refusal|redaction)s?\b[^.;]{0,100}?\b(?:is|are)\s+(?:hereby\s+)?"
    r"(?:revers|overturn)\w*", IC)
# A reversal whose remand only hands the records back to be given out: "I am reversing BOP's action on your request.
# ... I am remanding your request to BOP for it to release the records to you" (reversed: the requester gets them all),
# not a remand for more work ("remanding your request for a new search", "to process the records for release of any
# reasonably segregable information", "for release of the portions identified above").
REMANDED_FOR_RELEASE = re.compile(
    r"\bremand\w*\b[^.;]{0,80}?\b(?:for\s+(?:(?:it|them|[\w'\u2019]+)\s+to\s+)?|so\s+that\s+(?:it|they|[\w'\u2019]+)\s+"
    r"(?:may|can|will|shall)\s+|to\s+)(?:release|disclose|produce|provide)\s+(?:of\s+)?(?:the|these|those|all|them|this)\b"
    r"(?![^.;]*\b(?:segregable|portions?|parts?|redact\w*|non-?exempt|remaining|review\w*|exemptions?|further|"
    r"determin\w*)\b)", IC)
REMANDED_FOR_MORE = re.compile(
    r"\bremand\w*\b[^.;]{0,120}?\b(?:search\w*|further\s+(?:processing|review|consideration)|reprocess\w*|"
    r"process\s+(?:the|them|those|these)|new\s+(?:response|determination|decision)|review\s+(?:the|them))\b", IC)
REVERSAL_WORD = re.compile(r"\b(?:revers|overturn)\w*", IC)
AFFIRMED_AND_MORE = re.compile(r"(?:affirm|uphold|upheld)\w*\b.*\b(?:remand|revers)\w*|(?:remand|revers)\w*\b.*\b"
                               r"(?:affirm|uphold|upheld)|remand\w*\s+(?:a\s+portion|part)\s+of|"
                               # "did not violate the Act when it withheld X ... However, it violated the Act when ..."
                               r"\bnot\s+violate\b.*(?<!not\s)\bviolated\s+the\b|(?<!not\s)\bviolated\s+the\b.*\bnot\s+"
                               r"violate\b", IC)
# A sentence about the right to have a decision reviewed cites review statutes ("judicial review under 5 ILCS
# 140/11"), not exemptions, unless it also speaks of withholding.
# The letter naming itself the written statement the law asks a denial to give: "Pursuant to Wyo. Stat. § 16-4-203(a),
# this letter is the written statement of the grounds for denial", "This response constitutes the written statement
# of reasons for the denial required by ...", "this e-mail is the written explanation of denial" (the section it cites
# requires the statement; it is no exemption).
STATEMENT_OF_DENIAL_ITSELF = re.compile(
    r"\b(?:this|the\s+present)\s+(?:letter|e-?mail|notice|response|message|correspondence)\s+(?:is|serves\s+as|"
    r"constitutes|shall\s+serve\s+as|will\s+serve\s+as|is\s+intended\s+as)\s+(?:the\s+|a\s+|your\s+|its\s+|"
    r"[\w'\u2019-]+(?:'s|\u2019s)\s+)?(?:written\s+|formal\s+)?(?:statement|explanation|notice)\s+of\s+(?:the\s+)?"
    r"(?:grounds|reasons?|basis)\s+for\s+(?:the\s+|this\s+|its\s+)?(?:partial\s+)?denial\b", IC)
# ... unless it withholds in the same breath: "... the grounds for denial: the records are exempt under ..."
STATEMENT_WITHHOLDS = re.compile(r"withh|redact|exempt|confidential|privileged|excepted", IC)
REVIEW_RIGHTS = re.compile(r"\bappeal|judicial\s+review|seek\s+(?:\w+\s+){0,2}review|review\s+of\s+this|"
                           # "You may ask the Attorney General to review the City's redactions", "request a review"
                           r"\b(?:ask|request|petition|invite)\s+(?:\w+\s+){0,4}?to\s+review\b|"
                           r"\b(?:request|ask\s+for)\s+(?:a\s+)?review\b|"
                           r"\blawsuit|file\s+suit|article\s+78|public\s+access\s+counselor|supervisor\s+of\s+records|"
                           r"right\s+to\s+(?:\w+\s+){0,2}review|"
                           # Colorado's remedies after a denial: "you may request a written statement of the grounds
                           # for this denial under C.R.S. § 24-72-305(6), and you may apply to the district court for
                           # an order directing the custodian to permit inspection" (a court applied to, a statement of
                           # grounds asked for: cited sections are the requester's remedies)
                           r"\bapply\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?court\b|"
                           r"\b(?:request|ask\s+for|obtain)\s+(?:a\s+)?written\s+statement\s+of\s+the\s+grounds\b", IC)
WITHHOLDING_WORDS = re.compile(r"withh|redact|exempt|excepted|protect|excis|deletion", IC)
# A statute said to bar disclosure, the way a letter explains the statute Exemption 3 rests on: "Pursuant to 49 U.S.C.
# § 114(r), TSA has prescribed regulations ... which prohibit the disclosure of information", "26 U.S.C. § 6103 bars
# the release of return information", "a statute that forbids disclosing" (not a disclosure allowed: "does not
# prohibit disclosure").
# ... or that it keeps the records confidential, said as the statute's own command: "Section 222(f) of the Immigration
# and Nationality Act, 8 U.S.C. § 1202(f), provides that the records ... shall be considered confidential", "Returns
# and return information shall be confidential, 26 U.S.C. § 6103(a)", "which requires that such information be kept
# confidential", "makes visa records confidential" (not a record said to be confidential in passing, "the
# confidential informant's name", nor one the law does not make so: "need not be treated as confidential").
# ... or that it forbids the office to disclose, the office named between: "codified at 7 U.S.C. § 8791(b)(2),
# prohibits NRCS from disclosing information provided by an agricultural producer", "which prohibit the Commission
# from making public charges of discrimination", "bars the Service from releasing" (not a bar denied, "does not
# prohibit the agency from disclosing", nor one on the requester: "prohibits you from publishing").
STATUTE_BARS_DISCLOSURE = re.compile(r"(?<!\bnot\s)\b(?:prohibit|bar|forbid|preclude)(?:s|ed|ing)?\s+(?:the\s+)?"
                                     r"(?:public\s+)?(?:disclos\w*|release|dissemination)\b|"
                                     r"(?<!\bnot\s)\b(?:prohibit|bar|forbid|preclude)(?:s|ed|ing)?\s+"
                                     r"(?!(?:you|requesters?|the\s+requester|members\s+of\s+the\s+public)\b)"
                                     r"(?:(?:the|this|that|an?|its|our)\s+)?(?:[\w.&'\u2019-]+\s+){1,3}?from\s+"
                                     r"(?:publicly\s+)?(?:disclos\w*|releas\w*|divulg\w*|publish\w*|"
                                     r"making\s+(?:\w+\s+){0,3}?public)\b|"
                                     r"\b(?:shall|must|(?:is|are)\s+to)\s+be\s+(?:(?:considered|kept|held|treated\s+as|"
                                     r"deemed|regarded\s+as|maintained\s+as)\s+)?confidential\b|"
                                     r"\b(?:requires?|required)\s+(?:that\s+)?(?:\w+\s+){1,6}?be\s+"
                                     r"(?:kept|held|treated\s+as|maintained\s+as)\s+confidential\b|"
                                     r"\bmakes?\s+(?:\w+\s+){1,4}?confidential\b|"
                                     # ... said in the passive of the information: "its disclosure is prohibited by
                                     # 49 U.S.C. § 114(r)", "their release is barred under ..." (not "is not
                                     # prohibited by")
                                     r"\b(?:its|their|the)\s+(?:public\s+)?(?:disclosure|release|dissemination)\s+"
                                     r"(?:is|are|was|were)\s+(?:(?:expressly|specifically|also)\s+)?"
                                     r"(?:prohibited|barred|forbidden|precluded)\s+(?:by|under)\b", IC)
# What a review sentence asks to have reviewed: "to review the City's redactions under section 552.130(c)" names the
# withholding as the object of the review, and withholds nothing itself.
REVIEWED_WITHHOLDING = re.compile(r"\breview\s+(?:of\s+)?"
                                  r"(?:(?:the|this|these|its|our|their|any|[\w.]+(?:'s|\u2019s))\s+)*(?:\w+\s+)?"
                                  r"(?:redactions?|withholdings?|exemptions?|denials?|deletions?)\b", IC)
# What an interim letter hands over; "an interim response" alone may only extend or ask.
# The interim letter itself sent: "Attached is the Township's interim response to your Right-to-Know request" (a
# letter, not records attached).
# ... or the letter said to be the one the office provides or sends, to tell something: "the Department is providing
# this interim response to notify you that your request is under review", "we are sending you this interim letter
# because ..." (Pennsylvania's § 902 notice, which hands over nothing).
# ... the cover of an e-mail in either order: "Please find attached the Department's interim response to your
# Right-to-Know Law request" (not one sent with records: "... interim response and the first 200 pages").
INTERIM_LETTER_SENT = re.compile(r"(?:\b(?:attached|enclosed)\s+(?:is|please\s+find|you\s+will\s+find)|"
                                 r"\b(?:please\s+)?find\s+(?:attached|enclosed))\s+"
                                 r"(?:(?:the|our|an?|this|[\w.]+'s?)\s+){0,3}interim\s+(?:response|letter|"
                                 r"determination)\b(?!,?\s+(?:and|with|along|together|plus)\b)|"
                                 r"\b(?:provid|send|issu|giv)(?:e|es|ed|ing)?\s+(?:you\s+(?:with\s+)?)?"
                                 r"(?:this|the\s+present)\s+interim\s+(?:response|letter|notice)\b"
                                 # ... to tell something, not with records: "providing this interim response with the
                                 # first 25 pages" sends them
                                 r"(?=\s*(?:[.,;:]|$)|\s+(?:to\s+(?:notify|inform|advise|let|tell|update)|regarding|"
                                 r"about|concerning|because|in\s+(?:regard|reference|response)|under|pursuant)\b)", IC)
# The answer itself promised for later is no record provided: "The Office will continue to process the portions of your
# request it can identify, and will provide its determination on the clarified request within the time permitted by
# Government Code section 7922.535", "we will continue to process your request and will issue our final response" (not
# records promised with it: "will provide the remaining records").
ANSWER_PROMISED = re.compile(r"\b(?:will|shall)\s+(?:(?:then|also|promptly|thereafter|timely)\s+)?"
                             r"(?:provide|issue|send|give|make)\s+(?:you\s+(?:with\s+)?)?(?:its|our|a|an|the|his|her|their)\s+"
                             r"(?:(?:final|written|formal|full|complete|substantive)\s+){0,2}(?:determination|decision|"
                             r"response|reply|answer)\b(?!\s+(?:and|with|along)\b)", IC)
# ... or what it makes available now: "With this letter the Sheriff's Department makes available the first portion of
# the records you asked for" (not what will be made available later).
INTERIM_RELEASE_NOUN = re.compile(r"release|production|installment|tranche|batch|enclos|attach|provid|"
                                  r"\b(?:makes|making|(?:is|are|am)\s+(?:now\s+)?making)\s+available\b", IC)
# A release still to come is not one: "Please remit payment before the records are released."
# One part of a request named: "responsive to the second part of your request", "Item 2:", "Part 2.", "for
# category (3) of your request", "no records responsive to this portion of your request".
PART_OF_REQUEST = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|last|final|remaining|other|this|that)\s+"
                             r"(?:part|item|portion|category|element|paragraph|component)s?\s+of\s+(?:your|the|this)\s+"
                             r"request\b|\b(?:part|item|category|element|paragraph|component)s?\s+(?:no\.\s*)?"
                             r"(?:\(?\d{1,2}\)?|[ivx]{1,4}\b|one|two|three|four|five)(?!\s*(?:pages?|records?|%))", IC)
# ... "before any of its records are released", "until any of the agency's records are provided"
# The office's work waits on a payment: "a good-faith deposit of $150.00 before it processes your request further",
# "payment is required before the Township begins the review", "we will begin processing once we receive your
# deposit" (Michigan's deposit under MCL 15.234(8), a fee paid first).
PAY_BEFORE_PROCESSING = re.compile(r"\b(?:deposit|payment|prepayment|fee)\b(?:[^.;]|\.(?=\d)){0,80}?\bbefore\s+"
                                   r"(?:(?:it|we|this\s+"
                                   r"office)\s+|the\s+(?:[\w'\u2019-]+\s+){1,3}?)"
                                   # ... "before it will process your request" (Michigan's MCL 15.234(8) notice)
                                   r"(?:(?:will|can|may|shall)\s+(?:begin\s+to\s+)?)?(?:process(?:es)?|begins?|starts?|continues?|"
                                   r"proceeds?\s+with)\b|\b(?:begin|start|continue|resume)\s+processing\b[^.;]{0,40}?"
                                   r"\b(?:once|when|after|upon)\b[^.;]{0,40}?\b(?:deposit|payment|fee)\b", IC)
# A request said to be granted, and no more: "Your request is granted as to existing, nonexempt public records" (not
# "granted, and the records are enclosed").
# ... the grant's scope naming what the law keeps back is no release: "Your request is granted in part, as to records
# that exist, are in the University's possession and are not exempt from disclosure" (not "disclosed to you").
GRANTED_ONLY = re.compile(r"^(?!" + IN_SENTENCE + r"*\b(?:released?|enclos\w*|attached|provid\w*|produc\w*|"
                          r"(?<!\bfrom\s)disclos\w*|"
                          r"withh[eo]ld\w*|redact\w*|denied|pages?)\b)" + IN_SENTENCE
                          + r"*\brequest\b(?:" + IN_SENTENCE + r"{0,120}?\s)?(?:is|has\s+been)\s+(?:hereby\s+)?"
                          r"granted\b", IC)
# A request granted only once the fee is paid, nothing sent yet: "your request is granted in part, subject to the
# payment of fees", "Your request is granted upon payment of the estimated fee", "granted, contingent on receipt of
# your deposit" (a fee notice, not a determination).
# ... also where the grant's scope comes between: "Your request is granted in part and denied in part, as to existing,
# nonexempt records in the possession of the department, upon receipt of the good-faith deposit described below"
# (Michigan's form).
GRANT_ON_PAYMENT = re.compile(r"\bgranted\b(?:\s+in\s+(?:part|full))?(?:\s+and\s+denied\s+in\s+part)?"
                              r"(?:,?\s+as\s+to\s+[^.;]{1,120}?)?,?\s+(?:subject\s+to|upon|on|once\s+we\s+receive|"
                              r"contingent\s+(?:up)?on|conditioned\s+(?:up)?on|pending)\s+(?:the\s+|your\s+)?"
                              r"(?:receipt\s+of\s+(?:the\s+|your\s+|a\s+)?)?(?:good[-\s]faith\s+)?"
                              r"(?:(?:advance\s+)?payment|deposit|prepayment|(?:estimated\s+)?fees?)\b|"
                              # ... the records to be sent on payment told in the clause after: "Your request is
                              # granted in part and denied in part as explained below, and the Sheriff's Office will
                              # provide the public records that are not exempt upon payment of the fee set out in this
                              # notice"
                              r"\bgranted\b(?:\s+in\s+(?:part|full))?(?:\s+and\s+denied\s+in\s+part)?[^.;]{0,40}?,?\s+and\s+"
                              r"[^.;]{0,60}?\bwill\s+(?:provide|release|produce|send|disclose|make\s+available)\b"
                              r"[^.;]{0,80}?\b(?:upon|once|after)\s+(?:the\s+)?(?:receipt\s+of\s+)?(?:your\s+|the\s+)?"
                              r"(?:good[-\s]faith\s+)?(?:payment|deposit|prepayment)\b", IC)
# A paper about the fee sent with a grant on payment, no record: "subject to payment of the fee shown on the enclosed
# Detailed Cost Itemization", "upon payment of the attached invoice", "the enclosed fee estimate worksheet" (not the
# records themselves: "the enclosed records and cost statement").
FEE_PAPER_ENCLOSED = re.compile(r"\b(?:enclosed|attached)\s+(?:(?!(?:records?|documents?|pages?|files?|copies|"
                                r"materials?|responsive)\b)[\w-]+\s+){0,3}?(?:itemi[sz]ation|invoice|(?:cost|fee)\s+"
                                r"(?:estimate|schedule|worksheet|breakdown|statement)|statement\s+of\s+(?:estimated\s+)?"
                                r"(?:charges|costs|fees)|bill)\b", IC)
# Pages that wait on a payment are not released: "the first installment (212 pages) was ready and would be released
# upon payment of $31.80", "the 46 pages will be provided once we receive your payment", "can be mailed after the
# fee is paid" (not "were released after you paid the fee").
RELEASE_AWAITS_PAYMENT = re.compile(r"\b(?:would|will|can|could|shall|may)\s+(?:only\s+)?be\s+(?:released|provided|"
                                    r"produced|sent|mailed|delivered|made\s+available)\s+(?:to\s+you\s+)?(?:only\s+)?"
                                    r"(?:upon|once|after|when|on)\s+(?:(?:the\s+)?receipt\s+of\s+|we\s+receive\s+)?"
                                    r"(?:your\s+|the\s+|a\s+|full\s+)?(?:payment|prepayment|deposit|fee|balance|"
                                    r"charges?)\b", IC)
# The size of a release still to come, foretold: "ICE ... anticipates making its next release of approximately 500
# pages within 30 business days", "The next production, of about 1,200 pages, is expected in February", "our following
# installment will include roughly 300 pages" (not this letter's: "This second release of 300 pages completes ...")
NEXT_RELEASE_FORETOLD = re.compile(r"^(?=[^.;]*\b(?:anticipat\w*|expect\w*|plan(?:s|ned)?|intend\w*|project\w*|"
                                   r"estimat\w*|will|shall|scheduled)\b)"
                                   r"[^.;]*\b(?:next|following|subsequent|upcoming|future)\s+"
                                   r"(?:(?:interim|partial|rolling|monthly)\s+)?(?:release|production|installment|"
                                   r"tranche|batch|response)\s*,?\s+(?:(?:of|totall?ing)\s+|(?:will|should|is\s+expected\s+"
                                   r"to)\s+(?:include|contain|consist\s+of|comprise)\s+)(?:approximately\s+|about\s+|"
                                   r"roughly\s+|around\s+|up\s+to\s+|some\s+|an\s+estimated\s+)?\d", IC)
# ... records of any kind: "Payment is required before the recordings are released", "until the videos are provided"
# A search that found none of the office's own records, said beside records of another's it found: "no records
# originating with ETA were located", "none of the records were created by this office", "no responsive records
# generated by the Bureau".
NONE_OF_OWN_MAKING = re.compile(r"(?i:(?:\b(?:no|none\s+of\s+the)|"
                                # ... or not any: "SAMHSA did not locate any records that originated with SAMHSA
                                # itself", "we could not find any documents created by the Bureau"
                                r"\b(?:(?:did|could|does|do)\s+not|(?:did|could|does|do)n['\u2019]t|was\s+unable\s+to|"
                                r"were\s+unable\s+to)\s+(?:locate|find|identify|uncover|"
                                # ... or holds none: "The CIS Ombudsman does not maintain any records of its own on
                                # your client's case assistance request beyond those records"
                                r"maintain|hold|have|possess|keep)\s+any)\s+"
                                r"(?:responsive\s+)?(?:records?|documents?|pages?)\s+"
                                # ... what they answer set between: "ATF located no records responsive to your request
                                # that originated with ATF"
                                r"(?:(?:responsive\s+to\s+(?:your|the|this)\s+(?:\w+\s+)?request\s+)?"
                                r"(?:(?:were|was)\s+)?(?:originating|originated|that\s+originated|created|generated|"
                                r"authored)\s+(?:with|by|in|within)\b|"
                                # ... or none the office's own in those words: "OPR did not locate any records of its
                                # own concerning a review of the conduct ...", "we located no documents of our own"
                                r"of\s+(?:its|our|their)\s+own\b))|"
                                # ... or the office's own records named by its name, or their origin: "No Coast Guard
                                # records responsive to your request were located", "no FBI records were found", "no
                                # records of Coast Guard origin were located" (the name capitalized, never "no
                                # responsive records")
                                r"\b[Nn]o\s+(?!(?:The|This|These|Those|That|Your|Our|Any|All|Such|Other)\b)"
                                r"(?:[A-Z][\w&'.-]*\s+){1,4}(?:records?|documents?|files)\b|"
                                r"\b(?i:no|none\s+of\s+the)\s+(?i:responsive\s+)?(?i:records?|documents?|pages?)\s+of\s+"
                                r"(?:the\s+)?(?:[A-Z][\w&'.-]*\s+){1,4}origin\b")
# ... or at the moment it happens: "The statutory basis for any redaction will be provided at the time the records are
# produced", "at the time that they are released"
FUTURE_RELEASE = re.compile(r"\b(?:before|once|after|until|when|upon|at\s+the\s+time(?:\s+that)?)\s+(?:the\s+)?"
                            r"(?:(?:any|some|all)\s+of\s+)?"
                            # ... or one record of them: "the Port will give them notice under RCW 42.56.540 before
                            # any such record is released"
                            r"(?:(?:\w+\s+){0,2}(?:records?|documents?|recordings?|videos?|files?|reports?|materials|"
                            r"photographs?|e-?mails?|footage|"
                            # ... or the records named before: "download the records once they are released", "you
                            # will be notified when they have been processed and released"
                            r"pages|information)|they|these|those)\s+(?:are|is|can\s+be|will\s+be|have\s+been|"
                            r"(?:are|have\s+been)\s+processed\s+and)\s+(?:released|provided|produced|sent|"
                            # ... in the law's other verbs: Hawaii's notice, "The remaining balance will be due before
                            # the records are disclosed", "once the records are made available", "until they are
                            # furnished"
                            r"disclosed|made\s+available|furnished|delivered)|"
                            # Whenever it happens, a portal's promise: "You will receive a message each time a
                            # document is released to this request", "whenever records are posted", "as soon as a file
                            # is released"
                            r"(?:\b(?:each|every|any)\s+time\s+(?:that\s+)?|\bwhenever\s+|\bas\s+soon\s+as\s+)"
                            r"(?:an?\s+|the\s+|any\s+|new\s+|more\s+)?(?:\w+\s+){0,2}?(?:records?|documents?|pages?|files?|"
                            r"information)\s+(?:are|is|has\s+been|have\s+been|gets?|get)\s+(?:released|provided|produced|"
                            r"posted|uploaded|sent)|"
                            # ... or as it happens, on a rolling basis: "will notify you through this portal as records
                            # are released", "will be posted as they become available"
                            r"\bas\s+(?:and\s+when\s+)?(?:the\s+|any\s+|new\s+|more\s+|additional\s+|further\s+)?"
                            r"(?:(?:\w+\s+){0,2}?(?:records?|documents?|pages?|files?|information|installments?)|"
                            r"they)\s+(?:are|is|become|becomes)\s+(?:released|provided|produced|posted|uploaded|"
                            r"made\s+available|available|ready)", IC)
# The day the law counts a request received, told apart from the day it was sent: "Pursuant to MCL 15.235(1), the
# request was deemed received on November 30, 2026, one business day after its electronic transmission", "Your request
# is therefore considered received by the Department on November 30, 2026" (not the law's rule: "is not deemed received
# until 1 business day after").
DEEMED_RECEIVED = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:therefore\s+|thus\s+|accordingly\s+)?(?:deemed|"
                             r"considered|treated\s+as)\s+(?:to\s+(?:have\s+been|be)\s+)?received\b"
                             r"(?:\s+by\s+(?:the|this|our)(?:\s+[\w'-]+){1,4}?)?\s+on\s+(?=" + A_DATE + ")", IC)
# What the office will tell of later, records withheld or released then: "The Department will notify you if any records
# are withheld, and the legal basis for doing so", "you will be notified of any records or portions of records that are
# withheld and the statutory basis for withholding them", "we will advise you whether any pages are released in part"
# (a promise of a notice to come, no release or withholding now).
TOLD_LATER = re.compile(r"\b(?:will|shall)\s+(?:also\s+|then\s+|promptly\s+)?(?:notify|advise|inform|tell)\s+you\s+"
                        r"(?:in\s+writing\s+)?(?:if|whether|of|when|should|which)\b|"
                        r"\byou\s+will\s+(?:also\s+|then\s+)?be\s+(?:notified|advised|informed|told)\s+(?:in\s+writing\s+)?"
                        r"(?:of|if|whether|when|which)\b", IC)
# The answers an office may give, listed as choices (the law's, or the office's promise of one of them): Delaware's "a
# public body shall respond ... either by providing access to the requested records, denying access to the records or
# parts of them, or by advising that additional time is needed", "we will either provide you with access to the
# records, deny your request, or state that additional time is needed", "the agency shall either grant or deny the
# request within five business days" (the words before a release or denial; not "either exempt or not held", records
# found so).
ANSWER_AMONG_CHOICES = re.compile(r"\beither\s+(?:by\s+)?(?:provid|grant|giv|releas|produc|mak|allow|permit|furnish|"
                                  r"deny|denied|denies|denying)\w*\b[^.;]*$", IC)
# What an appeal decision upholds: "The information withheld under Exemption 6 ... was properly withheld".
# What a party argued, recited by the deciding body: "The AOC denied the request, asserting that ...", "the City
# claims", "the Department contends".
# A ground a decision granted in part finds applies itself, in the present tense: "Portions of one document are also
# exempt under FOIA Exemption 5 as predecisional and deliberative material" (State's Appeals Review Panel), "the
# remainder is exempt under Exemption 1" (not what a party asserts, nor the question whether, nor "is not exempt").
# ... nor what the agency's answer said, recited: "the Department ... denied the remainder of the request, stating that
# the records "are part of an open investigation" and are exempt under KRS 17.150(2)", "The City responded that the
# reports are exempt under ORS 192.345(3)".
FOUND_EXEMPT = re.compile(r"^(?![^;]*\b(?:whether|if|assert\w*|claim\w*|argu\w*|contend\w*|"
                          r"(?:stat|respond|repl|explain|maintain)(?:es|ed|ing|s|ied|ies|y)?\s+that|"
                          r"(?:said|saying|says)\s+that)\b)[^;]*\b(?:are|is)\s+"
                          r"(?:also\s+|likewise\s+|further\s+|still\s+)?exempt(?:ed)?\s+(?:from\s+(?:release|disclosure)\s+)?"
                          r"(?:under|pursuant\s+to|by)\b", IC)
# ... or a ground the deciding office says it would rely on whatever came of the first, of itself: "Portions of the
# interconnection studies also constitute critical infrastructure information, which NYSERDA would in any event withhold
# under Public Officers Law § 87(2)(f)", "which would in any case be exempt under", "would independently be withheld
# pursuant to" (never a plain "would withhold", a condition: "we would withhold them under Exemption 6 if ..."; a ground
# the decision then sets aside, "I do not reach those exemptions", is dropped before).
GROUND_IN_ANY_EVENT = re.compile(r"\bwould\s+(?:in\s+any\s+(?:event|case)|independently|in\s+addition|also)\s+"
                                 r"(?:withhold|be\s+(?:withheld|exempt(?:ed)?|protected))\s+(?:(?:them|it|those|these|"
                                 r"that|this|the\s+\w+)\s+)?(?:from\s+(?:release|disclosure)\s+)?(?:under|pursuant\s+to|"
                                 r"by)\b", IC)
AGENCY_POSITION = re.compile(r"\b(?:assert(?:s|ed|ing)?|claim(?:s|ed|ing)?|argu(?:es|ed|ing)|contend(?:s|ed|ing)?)\b",
                             IC)
UPHELD = re.compile(rf"{NOT_VIOLATED}|{CONSISTENT_WITH_LAW}|"
                    # a decision table's cell that leaves the withholding of its row's record as it was: "After-action
                    # review (31 pages) | Denied | Protected under Utah Code § 63G-2-305(10) ...", "| Affirmed |"
                    r"\|\s*(?:appeal\s+)?(?:denied|affirmed|upheld|sustained)\s*\||"
                    r"\b(?:properly|correctly|rightly)\s+"
                    r"(?:withheld|applied|invoked|asserted|redacted|relied|protected)|"
                    # the office siding with the agency on a part: "We agree with MPD, however, that the portions
                    # recorded inside the residence are protected in their entirety by D.C. Official Code §
                    # 2-534(a)(3)(C)", "I agree with the Department that the memoranda are exempt under ..." (not "we
                    # agree with you that the records are not exempt", nor "we do not agree")
                    r"\b(?:we|I)\s+(?:also\s+)?agree\s+with\s+(?:the\s+)?(?!you\b)[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,3}?,?\s+"
                    r"(?:however,?\s+|though,?\s+)?that\b[^;]{0,200}?\b(?:are|is|were|was)\s+(?!not\b)(?:\w+\s+)?"
                    r"(?:protected|exempt|withheld|confidential)\b|"
                    # a records committee's "properly classified as protected under Utah Code § 63G-2-305(22)"
                    r"\bproperly\s+(?:classified|designated)\b|"
                    r"\b(?:justified|appropriate|correct)\s+in\s+(?:withholding|applying|invoking)|"
                    # ... or the deciding office agreeing, in the third person, that what was withheld is protected:
                    # "The Department has reviewed the records and agrees that they are protected", "the Board agreed
                    # that the memoranda are exempt" (not "agrees that they are not exempt")
                    r"\bagree[sd]?\s+that\s+(?:they|it|these|those|the)\b[^.;]{0,60}?\b(?:are|is|were|was)\s+(?!not\b)"
                    r"(?:\w+\s+)?(?:protected|exempt|confidential)\b|"
                    # "the redactions made under Exemption 6 ... were proper and I sustain them", "the withholdings
                    # under Exemption 5 are appropriate" (the sentence names the ground; "not proper" is no such word)
                    # (not the question: "whether the redactions were proper")
                    r"^(?![^;]*\b(?:whether|if)\b)[^;]*?\b(?:redactions?|withholdings?|deletions?|excisions?|exemptions?|"
                    r"denial)\b[^;]{0,160}?\b(?:was|were|is|are)\s+(?:entirely\s+|fully\s+|both\s+|likewise\s+|also\s+|equally\s+|"
                    r"similarly\s+)?(?:proper|appropriate|"
                    r"justified|correct|warranted)\b|"
                    # ... or the decision's own word for them: "VHA's withholdings under Exemption 6 are therefore
                    # affirmed", "the redactions made under Exemption 7(C) are hereby upheld" (not "are not affirmed"),
                    # also in the clause after a semicolon: "The names ... will be released to you; the withholding of
                    # the telephone numbers under Exemption 6 is affirmed"
                    # ... and upheld beside another withholding: "The redactions of commercial information ... under
                    # Exemption 4 are likewise affirmed", "is similarly upheld"
                    r"(?:^|;)(?![^;]*\b(?:whether|if)\b)[^;]*?\b(?:redactions?|withholdings?|deletions?|excisions?|denials?)\b"
                    r"[^;]{0,160}?\b(?:was|were|is|are)\s+(?:(?:therefore|hereby|accordingly|also|thus|likewise|similarly|"
                    r"equally)\s+)?"
                    r"(?:affirmed|upheld|sustained)\b|"
                    # ... or the office's: "I affirm APHIS's redaction of the home addresses ... under Exemption 6",
                    # and named as the office: "OPLA affirms the redaction of the names ... under Exemptions (b)(6) and
                    # (b)(7)(C)", "The Appeals Unit therefore upholds the withholding of ...", and in the progressive or
                    # perfect: "I am therefore affirming CDC's withholdings under Exemption 5", "we have upheld the
                    # Bureau's redactions" (not "I am not affirming")
                    r"(?:\b(?:i|we)\s+(?:(?:am|are|have)\s+(?:therefore\s+|hereby\s+|also\s+|accordingly\s+)?"
                    r"(?:sustaining|sustained|upholding|upheld|affirming|affirmed)|"
                    r"(?:therefore\s+|hereby\s+|also\s+)?(?:sustain|uphold|affirm))|"
                    r"\b(?:therefore\s+|hereby\s+|also\s+)?(?:sustains|upholds|affirms))\s+(?:them|(?:those|these|the|"
                    r"each\s+of\s+the|its|their|(?:the\s+)?\w+['’]s)\s+(?:\w+\s+){0,2}?(?:redactions?|withholdings?|"
                    r"deletions?|excisions?|(?:decision|determination)s?\s+to\s+(?:withhold|redact|exempt)|"
                    # ... or its action on the request under a ground named: "I am affirming ICE's action on your
                    # request under Exemption 6" (the ground then named in the sentence)
                    r"actions?\s+on\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,2}?(?:request|appeal)\b(?=[^;]*?\b(?:under|pursuant\s+to)\b)|"
                    # ... or its denial of records it names: "I uphold the denial of the bridge inspection reports"
                    r"denials?\s+of))\b|"
                    # ... or its decision to withhold: "The Panel affirms the Department's decision to withhold the
                    # remaining material pursuant to FOIA Exemptions 1 and 5", "we uphold the Bureau's determination to
                    # withhold"
                    # what the decision keeps back: "Document C06771214 continues to be withheld in part under Exemption
                    # 1", "The names ... also remain withheld under Exemption 6" (not "remains under review")
                    r"\b(?:continues?|continuing)\s+to\s+be\s+(?:withheld|redacted|protected|exempt)\b|"
                    r"\b(?:remains?|remained|stays?)\s+(?:properly\s+)?(?:withheld|redacted|protected|exempt|confidential)\b|"
                    # ... or kept back: "NPS properly kept it back under Exemption 5"
                    r"\b(?:properly|correctly|rightly)\s+(?:kept|held)\s+(?:\w+\s+)?back\b|"
                    # what the decision releases with its own redactions: "they will be sent to you with that
                    # information redacted under MCL 15.243(1)(a)", "the report is to be released with the names
                    # removed pursuant to Exemption 6" (the decision's future release, not the agency's past one)
                    r"\b(?:will|shall|must)\s+(?:now\s+)?be\s+(?:sent|released|provided|produced|disclosed|given)\b"
                    r"[^;]{0,120}?\b(?:redacted|removed|masked|withheld|deleted)\s+(?:under|pursuant\s+to)\b|"
                    r"\b(?:is|are)\s+to\s+be\s+(?:sent|released|provided|produced|disclosed|given)\b"
                    r"[^;]{0,120}?\b(?:redacted|removed|masked|withheld|deleted)\s+(?:under|pursuant\s+to)\b|"
                    # ... or encloses now: "64 pages of those records, with resident names redacted pursuant to Public
                    # Officers Law § 87(2)(b), are enclosed", "the reports are enclosed with the addresses removed under
                    # RCW 42.56.250" (not the agency's past release: "the agency released them with names redacted")
                    r"\bwith\b[^;]{0,120}?\b(?:redacted|removed|masked|deleted)\s+(?:under|pursuant\s+to)\b[^;]{0,200}?"
                    r"\b(?:is|are)\s+(?:now\s+|hereby\s+)?(?:enclosed|attached|being\s+(?:released|provided|produced|"
                    r"disclosed))\b|"
                    r"\b(?:is|are)\s+(?:now\s+|hereby\s+)?(?:enclosed|attached|being\s+(?:released|provided|produced|"
                    r"disclosed))\b[^;]{0,120}?\b(?:redacted|removed|masked|deleted)\s+(?:under|pursuant\s+to)\b|"
                    # ... or releases now: "22 of the 35 pages ... are released to you in part, with the names ...
                    # redacted under Exemptions 6 and 7(C)", "is hereby disclosed with the signatures masked pursuant
                    # to Exemption 6"
                    r"\b(?:is|are)\s+(?:now\s+|hereby\s+)?(?:being\s+)?(?:released|provided|produced|disclosed|sent|"
                    r"enclosed)\b[^;]{0,160}?(?:\b(?:redacted|removed|masked|deleted|excised)\s+(?:only\s+|solely\s+)?"
                    r"(?:under|pursuant\s+to)\b|"
                    r"\bwith\s+(?:\w+\s+){0,3}?(?:redactions?|excisions?|deletions?)\s+(?:made\s+)?(?:under|pursuant\s+to)\b)|"
                    # a commission's finding: "It is found, however, that ... the names ... of the students in them are
                    # exempt under §1-210(b)(17), G.S." (not "is not exempt", nor the question "whether ... is exempt")
                    r"\b(?:found|concluded|determined|finds|concludes|determines)\b,?\s+(?:(?:however|further|also)\s*,?\s+)?"
                    r"that\b(?![^;]*\b(?:whether|if)\b)[^;]*?\b(?:is|are)\s+(?:also\s+)?exempt\b", IC)
# What a decision upholds by pointing back to the withholding just described, naming no ground: "I affirm those
# redactions", "These withholdings were proper", "I sustain them" (not the action as a whole, "the NRC's action is
# affirmed in part", nor a ground named elsewhere in the sentence).
# ... or by naming again, with "the", what the sentences before withheld: "The 23 pages were properly withheld", "The
# redactions of the names ... are affirmed".
# The sentence after an upheld withholding that names no ground, giving the ground of the records it upheld: "The
# denial of these records is upheld. They are exempt under MCL 15.243(1)(b)(i), because ...", "These records remain
# protected by ...", "The recordings are confidential under ..." (not "They are not exempt", nor a ground reversed).
GROUND_OF_UPHELD = re.compile(r"^\W*(?:they|these|those|it|the\s+(?:[\w-]+\s+){0,3}?(?:records?|documents?|pages?|"
                              r"materials?|recordings?|reports?|videos?|narratives?|files?|e-?mails?|information))\s+"
                              r"(?:are|is|were|was|remain|remains)\s+(?:(?:also|still|properly|therefore|likewise)\s+)?"
                              r"(?:exempt|protected|confidential|withheld|closed)\b(?![^;]*\b(?:revers|improper|not\s+"
                              r"exempt))", IC)
# ... or what the sentence before described, pointed back to: "APHIS properly withheld this information", "that
# material was properly redacted"
# The records an affirmance names as those whose denial or withholding it upholds: "I uphold the denial of the bridge
# inspection reports", "we affirm the withholding of the contractor's pricing schedules" (their ground given where the
# letter tells what was withheld under what).
RECORDS_UPHELD_NAMED = re.compile(r"\b(?:denial|withholding|redaction)s?\s+of\s+(?:the\s+)?"
                                  r"(?P<what>[\w'\u2019 -]{4,80}?)\s*"
                                  r"(?:[.;,]|$|\b(?:is|are|was|were|under|in\s+full)\b)", IC)
# ... or the denial of the item a numbered decision is on, pointed back to by "the denial": "2. Crash reconstruction
# report. The denial is upheld."
UPHELD_NAMED_BEFORE = re.compile(r"^(?![^;]*\bin\s+part\b)[^;]*\b(?:them|they|those|these|such)\b|"
                                 r"^\W*the\s+(?:disclosure\s+)?denial\s+(?:is|was|has\s+been)\s+(?:hereby\s+)?"
                                 r"(?:upheld|affirmed|sustained)\s*[.;]?\s*$|"
                                 r"^(?![^;]*\bin\s+part\b)[^;]*\b(?:this|that)\s+(?:information|material|data|"
                                 r"text|content)\b|"
                                 # ... or the withholding itself, said alone under its ground's heading: "Exemption
                                 # 6." ... "This withholding is affirmed.", "That redaction is upheld."
                                 r"^\W*(?:this|that|these|those)\s+(?:withholdings?|redactions?|denials?|excisions?)\s+"
                                 r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|therefore\s+|hereby\s+)?"
                                 r"(?:affirmed|upheld|sustained)\s*[.;]?\s*$|"
                                 # ... or by a possessive, in the clause that upholds: "these are predecisional and
                                 # deliberative, and we affirm their withholding", "I uphold its redaction"
                                 r"\b(?:affirm|uphold|upheld|sustain)\w*\s+(?:their|its)\s+"
                                 r"(?:withholdings?|redactions?|denials?)\b(?!\s+in\s+part\b)|"
                                 r"^(?![^;]*\bin\s+part\b)\W*the\s+(?:(?:\d[\d,]*|[a-z]+)\s+)?(?:pages?|records?|"
                                 r"documents?|redactions?|withholdings?|deletions?|excisions?)\b|"
                                 # ... or what the sentence names as rightly kept back, whatever it is called, after a
                                 # ground the sentences before discussed: "The team's recommendations and analysis in
                                 # Section 5 of the draft were properly withheld.", "The remaining technical sections
                                 # were correctly redacted." (not "were not properly withheld")
                                 r"^(?![^;]*\bin\s+part\b)\W*the\s+[^;]{1,120}?\b(?:was|were|is|are|has\s+been|"
                                 r"have\s+been)\s+(?:properly|correctly|appropriately|rightly|lawfully|justifiably)\s+"
                                 r"(?:withheld|redacted|excised|exempted)\b", IC)
# An exemption a decision does not rely on: "this Office's decision to affirm the FBI's withholdings does not rest on
# Exemption 7(D)", "I need not reach the FBI's reliance on Exemption 7(D)", "without reaching Exemption 5".
# ... or one the office did not cite at all: "EOUSA did not cite Exemption 5 for the memoranda it withheld in part",
# "the FBI has not invoked Exemption 7(D)" (the clause that applies another ground still counts).
SET_ASIDE = re.compile(r"\b(?:does|do|did)\s+not\s+(?:rest|rely|depend)\s+(?:up)?on\b|"
                       # ... and said as what the decision is doing: "I am not relying on that exemption", "this Office
                       # is not relying upon Exemption 5"
                       r"\b(?:am|is|are|was|were)\s+not\s+(?:relying|resting|depending)\s+(?:up)?on\b|"
                       # ... or one a review found the agency could not rely on: "the Attorney General found that the
                       # City could not rely on KRS 61.878(1)(i) and (j) to withhold the reports", "the agency cannot
                       # rely upon Exemption (f)", "was not entitled to rely on section 7(1)(c)"
                       r"\b(?:could|can|may)\s+not\s+rely\s+(?:up)?on\b|\bcannot\s+rely\s+(?:up)?on\b|"
                       r"\b(?:was|were|is|are)\s+not\s+entitled\s+to\s+rely\s+(?:up)?on\b|"
                       # ... or one a court or review body found did not reach the records: "The Court found that
                       # the records were not exempt as records compiled for law enforcement purposes under S.C. Code
                       # Ann. § 30-4-40(a)(3)", "the Commission concluded that the logs are not exempt under ..." (the
                       # ground right after the words; never what a party argues, a question, nor a finding that leaves
                       # a part out: "are not exempt except for the names, which are withheld under ...")
                       r"^(?![^;]*\b(?:alleg\w*|contend\w*|argu\w*|whether|if)\b)[^;]*?"
                       r"\b(?:found|concluded|determined|held|ruled|finds|concludes|determines|holds|rules)\s+that\s+"
                       r"(?:[\w'\u2019-]+\s+){1,8}?(?:is|are|was|were)\s+not\s+(?:exempt|excepted|protected)\b"
                       r"(?![^;]*\b(?:except|other\s+than|apart\s+from|save\s+for)\b)[^;,.]{0,100}?"
                       r"\b(?:under|pursuant\s+to|by)\b|"
                       # ... or one it did not carry its burden under: "I find the Department has not met its burden to
                       # withhold the use of force report in its entirety under Exemption (f)" (Massachusetts's
                       # Supervisor of Records), "the Department has not sustained its burden of demonstrating by clear
                       # and convincing evidence that the audio is exempt from disclosure under section 7(1)(d)(i)"
                       # (Illinois's Public Access Counselor), "failed to carry its burden of proving that ..."
                       r"\b(?:has|have|had|did)\s+not\s+(?:met|meet|sustained|sustain|carried|carry|satisfied|satisfy|"
                       r"borne|bear|discharged|discharge)\s+(?:its|her|his|their|the)\s+burden\b|"
                       r"\b(?:has|have|had)\s+failed\s+to\s+(?:meet|sustain|carry|satisfy|bear|discharge)\s+"
                       r"(?:its|her|his|their|the)\s+burden\b|"
                       # ... or one a review body concluded the records were improperly withheld under: "concluding
                       # that ISBE improperly withheld the audit summaries under section 7(1)(f) of FOIA" (never what a
                       # requester alleges or argues, nor a question); the records may be named at length between:
                       # "improperly withheld the separation agreement and general release between the City and its
                       # former Director of Public Works under section 7(1)(c)"
                       r"^(?![^;]*\b(?:alleg\w*|contend\w*|claim\w*|assert\w*|argu\w*|whether|if)\b)[^;]*?"
                       r"\b(?:improperly|wrongly|unlawfully|wrongfully)\s+(?:withheld|redacted)\b[^;]{0,160}?"
                       r"\b(?:under|pursuant\s+to)\b|"
                       # ... or a record a review body finds wrongly classified under a ground (Utah's State Records
                       # Committee): "the records are not properly classified as protected under Utah Code §
                       # 63G-2-305(10)", "the report was improperly designated as private under ..."
                       r"\b(?:is|are|was|were)\s+(?:not\s+(?:properly|correctly|appropriately)|improperly|"
                       r"incorrectly|wrongly)\s+(?:classified|designated)\s+as\b|"
                       # ... or one the agency is found not to have made out on review: "DOT-HAR has not shown that
                       # the remainder of the reports falls under the frustration exception, HRS § 92F-13(3)", "the
                       # City has not demonstrated that the logs are exempt under ..." (its burden not met)
                       r"\b(?:has|have|had|did)\s+not\s+(?:shown|show|demonstrated|demonstrate|established|establish|"
                       r"proven|proved|prove)\s+that\b[^;]{0,160}?\b(?:falls?\s+(?:under|within)|(?:is|are)\s+"
                       r"(?:protected|exempt|covered|excepted)|qualif(?:y|ies)\s+(?:for|under|as))|"
                       # ... or not shown the harm the ground requires, the ground after: "the DPD has not shown that
                       # disclosure would interfere with law enforcement proceedings under MCL 15.243(1)(b)(i)", "the
                       # County did not demonstrate that release of the logs would endanger anyone's safety, as section
                       # ... requires" (never one found shown: "has shown that disclosure would interfere ...")
                       r"\b(?:has|have|had|did)\s+not\s+(?:shown|show|demonstrated|demonstrate|established|establish|"
                       r"proven|proved|prove)\s+that\s+(?:the\s+|its\s+|any\s+)?(?:public\s+)?(?:disclosure|release|"
                       r"production)\b[^;]{0,80}?\b(?:would|could|will|might)\s+(?:\w+\s+){0,2}?(?:interfere|"
                       r"endanger|harm|jeopardi[sz]e|compromise|prejudice|impede|reveal|disclose|identify|constitute|"
                       r"invade|deprive|result)\b|"
                       r"\b(?:did|does|has|have|had)\s+not\s+(?:cite|cited|invoke|invoked|assert|asserted|claim|claimed|"
                       r"raise|raised)\s+(?:\w+\s+){0,2}?(?:exemptions?|\(b\)|b\()|\bneed\s+not\s+(?:reach|address|"
                       r"decide|consider)\b|\bwithout\s+reaching\b|\bnot\s+necessary\s+to\s+(?:reach|address)\b|"
                       # ... or left undecided: "EOUSA relied in part on Exemption 7(F); while I make no
                       # determination as to the applicability of that exemption, ...", "we make no finding on it"
                       r"\b(?:make|makes|made|making)\s+no\s+(?:determination|finding|ruling|decision|judgment)\s+"
                       r"(?:as\s+to|on|regarding|concerning|about)\s+(?:the\s+(?:applicability|application|propriety|"
                       r"validity)\s+of\s+)?|"
                       # "Because the records are withheld under Exemption 7(A), I do not reach those exemptions"
                       r"\b(?:do|does|did|will|shall)\s+not\s+(?:now\s+)?reach\b|"
                       # ... or one found not to be needed: "DEA's reliance on Exemption 7(F) is unnecessary, because
                       # the information is fully protected by Exemptions 6 and 7(C)", "the Bureau's assertion of
                       # Exemption 2 was not necessary" (not "reliance on Exemption 5 is proper")
                       r"\b(?:reliance|relying|assertion|invocation|application|use)\s+(?:up)?(?:on|of)\s+[^;,]{1,60}?"
                       r"\b(?:is|was|are|were)\s+(?:therefore\s+|also\s+)?(?:unnecessary|not\s+necessary|not\s+needed|"
                       r"superfluous|redundant)\b|"
                       # ... or one the appeal overturns: "The determination to withhold the reports under Public
                       # Officers Law § 87(2)(f) is reversed", "the withholdings under Exemption 5 are not sustained"
                       # (not "is affirmed", nor "whether the withholding was reversed")
                       r"^(?![^;]*\b(?:whether|if)\b)[^;]*?\b(?:determination\s+to\s+(?:withhold|redact|deny)|"
                       r"withholdings?|redactions?)\b[^;:]{0,160}?\b(?:is|are|was|were)\s+(?:hereby\s+|therefore\s+)?"
                       r"(?:reversed|overturned|vacated|set\s+aside|not\s+(?:upheld|sustained|affirmed))\b", IC)
# A review's finding that the agency did not carry its burden, naming no ground: "The Department has not met its burden
# of proving that the reports are exempt.", "The City has failed to carry its burden.", "the County has not
# demonstrated that the logs are exempt" (Pennsylvania's Office of Open Records, Illinois's Public Access Counselor).
BURDEN_NOT_MET = re.compile(r"\b(?:(?:has|have|had|did)\s+not|failed\s+to)\s+(?:met|meet|carried|carry|borne|bear|"
                            r"sustained|sustain|satisfied|satisfy|discharged|discharge)\s+(?:its|her|his|their|the)\s+"
                            r"burden\b|\b(?:has|have|had|did)\s+not\s+(?:shown|show|demonstrated|demonstrate|established|"
                            r"establish|proven|proved|prove)\s+that\s+(?:the|these|those|its|such)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:is|are|was|were)\s+(?:exempt|protected|confidential|privileged)\b", IC)
# ... after the agency's argument the review recites, that the records are exempt under a ground: "The Department
# argues that the inspection reports are protected by 23 U.S.C. § 407, ...", "The City contends that the video is
# exempt under section 7(1)(c)" (never the requester's, nor an argument that records are not exempt).
AGENCY_ARGUES_EXEMPT = re.compile(r"^\W*(?!(?:you|your|(?:the\s+)?(?:requester|requestor|appellant|petitioner|"
                                  r"complainant)s?)\b)(?:[\w.'\u2019-]+\s+){1,5}?(?:argues|contends|asserts|claims|"
                                  r"maintains|submits)\s+that\s+(?:[\w'\u2019-]+\s+){1,8}?(?:is|are|was|were)\s+"
                                  r"(?:(?:also|therefore)\s+)?(?:exempt|protected|confidential|privileged)\b", IC)
# A ground a ruling finds does not reach the information: "the department may not withhold any of the submitted
# information under section 552.101 of the Government Code", "basic information ... is not excepted from disclosure. See
# Gov't Code § 552.108(c).", "the names may not be withheld under Exemption 6" (the words before the ground).
GROUND_REFUSED = re.compile(r"\b(?:may|can|could|shall|must)\s+not\s+(?:\w+\s+){0,2}?withhold\b|\bcannot\s+withhold\b|"
                            # ... or found not carried by the agency that bears the burden: "the Department has not met
                            # its burden to withhold the use of force report under Exemption (f)", "failed to meet its
                            # burden of proving that the report is exempt under ..."
                            r"\b(?:(?:has|have|had|did)\s+not|failed\s+to)\s+(?:met|meet|carried|carry|borne|bear|"
                            r"sustained|sustain|satisfied|satisfy)\s+(?:its|her|his|their|the)\s+burden\b|"
                            r"\b(?:may|can|could|shall|must)\s+not\s+be\s+withheld\b|\bcannot\s+be\s+withheld\b|"
                            r"\b(?:is|are)\s+not\s+(?:excepted|exempt(?:ed)?)\s+from\s+(?:required\s+)?(?:public\s+)?"
                            r"(?:disclosure|release)\b", IC)
# ... but not the requester's argument that it cannot, recited by the deciding office: "you argue that the factual
# portions of the draft summaries cannot be withheld under Exemption (b)(5)", "The appellant contends that the names may
# not be withheld under Exemption 6" (the decision may still uphold it).
REFUSAL_ARGUED = re.compile(r"\b(?:you|your\s+(?:appeal|letter|request|petition|complaint)|(?:the\s+)?(?:appellant|"
                            r"requester|petitioner|complainant)s?)\s+(?:also\s+|further\s+)?(?:argue|contend|assert|"
                            r"claim|maintain|submit|suggest)(?:s|ed)?\b[^;]{0,40}?\bthat\b", IC)
# A decision that upholds the search, said as what it affirms: "we affirm MPD's decision with respect to the adequacy
# of its search", "I am affirming the Bureau's action as to its search", "we uphold the adequacy of the Department's
# search" (beside a remand of the rest, it upholds no withholding).
_WHOSE_SEARCH = r"(?:its|the|their|[\w.'\u2019-]+(?:'s|\u2019s))\s+search\b"
SEARCH_AFFIRMED = re.compile(r"\b(?:affirm|uphold|sustain)(?:s|ed|ing)?\s+(?:[\w.'\u2019-]+\s+){0,3}?"
                             r"(?:decision|action|response|determination)\s+(?:with\s+respect\s+to|as\s+to|regarding|"
                             rf"concerning|on)\s+(?:the\s+)?(?:adequacy\s+of\s+)?{_WHOSE_SEARCH}|"
                             rf"\b(?:affirm|uphold|sustain)(?:s|ed|ing)?\s+the\s+adequacy\s+of\s+{_WHOSE_SEARCH}", IC)
# A ground a decision finds does not apply at all, said of the ground itself: "§ 87(2)(e)(i) does not apply", "Exemption
# 4 therefore does not apply to them", "section 552.103 is inapplicable here", "the deliberative process privilege does
# not apply to the records at issue" (not a ground found not to reach a part it names, "Exemption 6 does not apply to
# the names of senior officials", which it may still reach elsewhere).
GROUND_INAPPLICABLE = re.compile(r"\b(?:(?:does|do|did)\s+not|cannot)\s+apply|\b(?:is|are|was|were)\s+(?:therefore\s+|"
                                 r"thus\s+|also\s+)?(?:not\s+applicable|inapplicable)", IC)
# ... or said with the verb first, after another ground's finding: "Nor does ORS 192.355(2)(a) apply: the records do
# not consist of information of a personal nature", "Neither does Exemption 7(C) apply here" (the ground between).
GROUND_INAPPLICABLE_INVERTED = re.compile(r"^\W*(?:and\s+)?(?:nor|neither)\s+(?:does|do|did|can)\s+"
                                          r"(?P<ground>(?:[^.;:]|\.(?=\S)){2,80}?)\s+apply\b", IC)
GROUND_INAPPLICABLE_ENDS = re.compile(r"(?:\s+here|\s+in\s+this\s+(?:case|matter|instance)|\s+to\s+(?:it|them|(?:the|"
                                      r"these|those|this|that|such)\s+(?:\w+\s+){0,2}?(?:records?|files?|documents?|"
                                      r"reports?|information|materials?|pages?|correspondence|e-?mails?)(?:\s+at\s+"
                                      r"issue)?))?\s*(?:[.;,)]|$)", IC)
# ... or a law the sentence before names, pointed back to as what does not reach the records: "The enclosed agendas ...
# are not subject to that restriction", "These reports fall outside that provision", "That prohibition does not apply
# to the enclosed records" (not "the records are subject to that restriction").
LAW_NOT_REACHING = re.compile(r"\b(?:(?:is|are|were|was)\s+(?:therefore\s+|thus\s+)?not\s+(?:subject\s+to|covered\s+by|"
                              r"within\s+(?:the\s+scope\s+of\s+)?)|falls?\s+outside(?:\s+(?:the\s+scope\s+of|of))?)\s+"
                              r"(?:that|this|the\s+statute's|those|these)\s+(?:[\w-]+\s+)?(?:restrictions?|"
                              r"prohibitions?|requirements?|provisions?|statutes?|laws?|bars?)\b|"
                              r"^\W*(?:that|this|the\s+statute's)\s+(?:[\w-]+\s+)?(?:restriction|prohibition|requirement|"
                              r"provision|statute|bar)\s+(?:therefore\s+)?(?:does|do)\s+not\s+(?:apply\s+to|reach|cover)\s+"
                              r"(?:them|the\s+(?:enclosed|released|requested|responsive)|these|those)\b", IC)
# ... and a ground the ruling applies, which no such finding about other information takes away: "the department may
# withhold the submitted information under section 552.108(a)(2)", "must withhold ... under section 552.130".
GROUND_APPLIED = re.compile(r"\b(?:may|must|shall)\s+(?:also\s+|only\s+|therefore\s+)?withhold\b", IC)
# ... the grounds set aside named by pointing back to the sentence before: "I do not reach those exemptions", "we need
# not address these grounds", "I need not reach them".
SET_ASIDE_NAMED_BEFORE = re.compile(r"^\W*(?:them\b|(?:those|these|such|both|either\s+of\s+(?:those|these)|the\s+"
                                    r"(?:other|remaining|additional|alternative))\s+(?:\w+\s+){0,2}?(?:exemptions?|"
                                    r"grounds?|claims?|privileges?|exceptions?|provisions?|bases|arguments?)\b)", IC)
# ... or the one ground a clause before names, pointed back to in the singular: "EOUSA's letter also cited Exemption 5
# for the same material, and I am not relying on that exemption", "... cited section 552.103, but we need not address
# it".
SET_ASIDE_NAMED_JUST_BEFORE = re.compile(r"^\W*(?:it\b|(?:that|this)\s+(?:\w+\s+){0,2}?(?:exemption|ground|claim|"
                                         r"privilege|exception|provision|basis|argument)\b)", IC)
# A ground a decision replaces by another: "With regard to the information withheld by the FBI pursuant to Exemption
# 7(D), I am instead affirming the withholding of this information on the grounds that it is protected from disclosure
# under Exemptions 6 and 7(C)" (OIP's formula), "... withheld under Exemption 5, we uphold the withholding on the
# alternative ground of Exemption 4": the ground named before the words is set aside, the one after applied.
GROUND_REPLACED = re.compile(r"\b(?:(?:am|are|is)\s+instead\s+(?:affirming|upholding|sustaining|finding|concluding)|"
                             r"instead\s+(?:affirm|uphold|sustain|find|conclude)s?)\b|"
                             r"\bon\s+(?:the\s+)?(?:alternative|alternate|different|other|separate)\s+grounds?\s+"
                             r"(?:of|that|under)\b", IC)
# A withholding a decision finds needless, another ground covering the same material: "I have determined that the
# FBI's withholdings under Exemption 7(E) are not necessary, as the information so withheld is also protected by
# Exemption 7(D)" (OIP), "the redactions made under Exemption 2 were unnecessary because ...": the ground named before
# the words is set aside, the one after still applied (never a requester's claim, nor a question).
WITHHOLDING_UNNEEDED = re.compile(r"^(?![^;]*\b(?:alleg\w*|contend\w*|argu\w*|whether|if)\b)[^;]*?"
                                  r"\b(?:withholdings?|redactions?|deletions?|excisions?|reliance|assertions?)\s+"
                                  r"(?:(?:made|taken|asserted)\s+)?(?:under|pursuant\s+to|(?:up)?on)\s+[^;]{1,60}?"
                                  r"\b(?:is|are|was|were)\s+(?:not\s+necessary|unnecessary|not\s+needed|"
                                  r"not\s+required)\b", IC)
# A ground a decision says it no longer applies: "The deliberative process privilege no longer applies to that factual
# material", "the Bureau no longer relies on Exemption 5 for these pages", "Exemption 4 is no longer asserted", "The
# City is no longer withholding these reports under Exemption (f)".
NO_LONGER_APPLIED = re.compile(r"\bno\s+longer\s+(?:appl(?:y|ies)|rel(?:y|ies|ying)\s+(?:up)?on|asserts?|invokes?|"
                               r"claims?|withholding|redacting)\b|"
                               r"\b(?:is|are)\s+no\s+longer\s+(?:asserted|invoked|claimed|applicable|relied\s+(?:up)?on)\b|"
                               r"\bwithdr[ae]w\w*\s+(?:its|the|our|their)\s+(?:reliance|assertion|invocation)\b", IC)
# ... or said of the records: "the records are no longer exempt under subsection (a)(4)", "the file is no longer
# confidential under ..." (of these records only: the ground may still be applied to others).
NO_LONGER_EXEMPT = re.compile(r"\b(?:is|are)\s+no\s+longer\s+(?:exempt|excepted|confidential)\s+(?:from\s+"
                              r"(?:disclosure|public\s+inspection)\s+)?(?:under|pursuant\s+to|by)\b", IC)
# ... but not a ground that will lapse only later, on a condition still to come, and so applies now: "Exemption 7(A)
# will no longer apply once the investigation and any related proceedings are closed", "When the case is closed, the
# Bureau will no longer rely on Exemption 7(A)", "Exemption 7(A) may no longer apply at the close of the trial" (not
# "we no longer rely on Exemption 5", nor "After further review, the Bureau will no longer rely on Exemption 5", a
# decision of now: "after" and "upon" tell of a review done as often as of a day to come).
LAPSES_LATER = re.compile(r"\b(?:will|would|may|might|could|should|shall)\s+(?:then\s+|likely\s+|probably\s+)?"
                          r"no\s+longer\b(?=.*?\b(?:once|when|whenever|until|if|as\s+soon\s+as|at\s+the\s+"
                          r"(?:close|conclusion|end)\s+of)\b)|"
                          r"^\W*(?:once|when|whenever|if|as\s+soon\s+as)\b[^;]*?,\s*[^;]*?\b(?:will|would|may|"
                          r"might|could|should|shall)\s+(?:then\s+)?no\s+longer\b", IC)
# ... but not the requester's argument that it no longer does, recited by the deciding office: "In your appeal, you
# argue that Exemption 8 no longer applies because the bank has failed", "The appellant contends that the deliberative
# process privilege no longer applies", "your appeal asserts that ..." (the decision may still uphold it).
ARGUED_NO_LONGER_APPLIED = re.compile(r"\b(?:you|your\s+(?:appeal|letter|request)|(?:the\s+)?(?:appellant|requester|"
                                      r"petitioner|complainant)s?)\s+(?:also\s+|further\s+)?(?:argue|contend|assert|"
                                      r"claim|maintain|submit|suggest)(?:s|ed)?\b[^;]{0,40}?\bthat\b[^;]{0,80}?"
                                      r"\bno\s+longer\b", IC)
# A ground the office could have applied and released under all the same, by its discretion: "Although portions of
# these records could be withheld under Exemption 5, we are releasing all 12 pages in full as a matter of
# administrative discretion", "The agency has made a discretionary release of material that would otherwise be exempt
# under FOIA Exemption 5", "While this material is technically exempt under 5 U.S.C. 552(b)(5), we have determined to
# release it in its entirety" (DOJ's foreseeable-harm guidance, https://www.justice.gov/oip/foia-guide/foreseeable-harm,
# checked 2026-12-07). The ground is named, not applied.
DISCRETIONARY_RELEASE = re.compile(
    r"\bas\s+a\s+matter\s+of\s+(?:administrative\s+|agency\s+)?discretion\b|"
    r"\bdiscretionary\s+(?:release|disclosure)s?\b|"
    r"\b(?:in|by)\s+(?:the\s+exercise\s+of\s+)?(?:its|our|their|the\s+\w+(?:'s|\u2019s))\s+(?:administrative\s+)?"
    r"discretion\b[^.;]{0,60}?\b(?:releas|disclos|provid)\w*|"
    r"\b(?:releas|disclos|provid)\w*\b[^.;]{0,80}?\b(?:in|by)\s+(?:the\s+exercise\s+of\s+)?(?:its|our|their)\s+"
    r"(?:administrative\s+)?discretion\b|"
    r"\b(?:technically|arguably|otherwise)\s+(?:be\s+)?exempt\b(?=[^;]*?\b(?:releas|disclos)\w*)|"
    r"^\W*(?:although|though|while|even\s+though)\b[^;]{0,120}?\b(?:could|may|might)\s+(?:properly\s+|"
    r"arguably\s+|lawfully\s+|legitimately\s+)?(?:be|have\s+been)\s+(?:withheld|exempt|redacted|protected)\b"
    r"[^;]{0,120}?,\s*(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:are|is|am|have|has|will)\s+(?:\w+\s+){0,3}?(?:releas|disclos)\w*",
    IC)
# ... a present withholding beside it, which the discretion does not reach: "... released as a matter of discretion;
# the names of third parties are withheld under Exemption 6" (what could be withheld is taken out first).
COULD_BE_WITHHELD = re.compile(r"\b(?:could|may|might|would)\s+(?:otherwise\s+|properly\s+|arguably\s+|lawfully\s+|"
                               r"legitimately\s+)?(?:have\s+been|be)\s+(?:withheld|exempt|redacted|protected)\b", IC)
PRESENT_WITHHOLDING = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?(?:withheld|redacted|denied|"
                                 r"exempted)\b|\b(?:withholding|redacting|denying)\b|\bredactions?\b|"
                                 r"\b(?:have|has|had|we|I)\s+(?:also\s+|therefore\s+|properly\s+|nonetheless\s+)?"
                                 r"(?:withheld|withhold|redacted|redact|denied|deny)\b", IC)
# Records given with this letter, said in the present: "The records are enclosed", "the file is now being released"
# (beside a refusal to give again what was given before, this letter still gives something of its own).
GIVEN_NOW = re.compile(r"\b(?:are|is)\s+(?:now\s+|hereby\s+)?(?:being\s+)?(?:released|enclosed|attached)\b", IC)
# A question whether a ground was rightly applied, which upholds nothing: "We therefore cannot determine whether
# Exemption 4 was properly applied to the correspondence".
PROPRIETY_QUESTIONED = re.compile(r"\bwhether\b[^.;]{0,100}?\b(?:properly|correctly|rightly|appropriately)\s+"
                                  r"(?:withheld|applied|invoked|asserted|redacted|relied|protected)\b", IC)
# The privileges Exemption 5 carries into the FOIA, named for it: "the deliberative process privilege".
EXEMPTION_5_PRIVILEGE = re.compile(r"\bdeliberative[\s-]+process\b|\battorney[\s-]+client\b|\b(?:attorney\s+)?"
                                   r"work[\s-]+product\b", IC)
# Records given after all, said in the sentence after a law that opens them only once something happens: "The suspension
# was upheld on final administrative review ...; those records are therefore included", "... and the evaluation is
# accordingly released" (see opened_once_met in understand).
GIVEN_AFTER_ALL = re.compile(r"\b(?:are|is|were|was|have\s+been|has\s+been)\s+"
                             r"(?:(?:therefore|thus|accordingly|also|hereby|now)\s+)?"
                             r"(?:included|enclosed|released|provided|attached|produced|disclosed)\b", IC)
# A law that keeps records back unless the person they concern consents, cited with that condition: "records of an
# arrest that terminated in favor of the accused are sealed under Criminal Procedure Law § 160.50 and are exempt under
# POL § 87(2)(a) ..., unless the person arrested has executed a designation of an agent or unsealing authorization",
# "Records about a third party are withheld under Exemption 6 unless that person provides written consent" (see
# waived_by_consent in understand; not a condition of any other kind: "unless the investigation is closed").
# a sentence's own dots end nothing: "§ 160.50", "5 U.S.C. § 552(b)(6)", "Ms. Ferreira"
_WITHIN_SENTENCE = r"(?:[^.;]|\.(?=\w)|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.)"
EXEMPT_UNLESS_CONSENT = re.compile(r"\b(?:exempt\w*|sealed|withheld|confidential|protected)\b" + _WITHIN_SENTENCE
                                   + r"*?\bunless\b" + _WITHIN_SENTENCE + r"*?\b(?:authori[sz]ations?|consents?|"
                                   r"waivers?|designations?|releases?\s+forms?)\b", IC)
# ... and the consent given, in a sentence after: "This office received with your appeal a CPL § 160.50(1)(d)
# authorization executed by Mr. Ambrose-Kimura", "You have provided a signed privacy waiver from Mr. Ortiz" (not one
# still to come: "if you provide a signed consent").
_CONSENT = r"\b(?:authori[sz]ation|consent|waiver|designation|release\s+form)\b"
CONSENT_GIVEN = re.compile(r"^(?!" + _WITHIN_SENTENCE + r"*\b(?:if|unless|would|must|should|may)\b)" + _WITHIN_SENTENCE
                           + r"*?(?:\b(?:received|provided|submitted|enclosed|furnished|included|supplied)\b"
                           + _WITHIN_SENTENCE + r"*?" + _CONSENT + r"|" + _CONSENT + _WITHIN_SENTENCE
                           + r"*?\b(?:executed|signed)\b" + _WITHIN_SENTENCE + r"*?\b(?:received|provided|submitted|"
                           r"enclosed)\b)", IC)
# On appeal or reprocessing: what was withheld before and is now released cites an exemption no longer applied.
NOW_RELEASED = re.compile(r"previously\s+(?:withheld|redacted)[^;]*?(?:(?:may|can|will|is|are|should)\s+(?:now\s+)?"
                          r"(?:be\s+|being\s+)?(?:releas|disclos)|(?:is|are)\s+(?:now\s+)?(?:enclosed|released|disclosed))|"
                          r"no\s+longer\s+(?:exempt|withheld|protected)", IC)
# ... the same said with the release first: "we are releasing the material previously withheld under Exemption 5", "the
# Bureau will release the information originally redacted under Exemption 5", "will release 7 pages previously withheld
# under Exemption 5" (not "we are releasing 40 pages in part, having previously withheld ...": only the thing released,
# named as what was withheld before).
# A decision giving out now what the answer kept back: "the agency will disclose the pages withheld under Exemption
# 5", "ICE will release to you the portions previously redacted", "the Department is now releasing the information
# it withheld" (beside an affirmance, a decision in part; never "will not be released").
RELEASES_WHAT_WAS_KEPT = re.compile(r"^(?!.*\b(?:not|never|no\s+longer)\b).*(?P<give>\b(?:will|shall|is|are|am)\s+"
                                    r"(?:(?:now|hereby|also|therefore|accordingly)\s+)?(?:be\s+)?"
                                    r"(?:releas|disclos|produc|provid)\w*\s+(?:to\s+you\s+)?(?:all\s+(?:of\s+)?)?"
                                    r"(?:the|those|these|that|this|its|any)\s+(?:[\w()-]+\s+){0,4}?(?:(?:it|they|we|ICE|"
                                    r"the\s+\w+)\s+)?(?:previously\s+|originally\s+|initially\s+|formerly\s+)?"
                                    r"(?:withheld|redacted)\b)", IC)
RELEASES_EARLIER_WITHHELD = re.compile(r"\b(?:releas\w*|disclos\w*|produc\w*|provid\w*)\s+(?:to\s+you\s+)?"
                                       rf"(?:all\s+(?:of\s+)?)?(?:the|those|these|any|{COUNT})\s+(?:[\w-]+\s+){{0,3}}?"
                                       r"(?:previously|formerly|originally|initially)\s+(?:withheld|redacted)\b", IC)
STILL_WITHHELD = re.compile(r"\bremains?\b|\bstill\b|continues?\s+to\s+be", IC)
# ... said of records with the ground they are still withheld under, which follows: "The remaining 9 pages continue to
# be withheld in full under Exemption 5", "the drafts remain withheld pursuant to", "are still being withheld under"
# ... "remain properly withheld in full under Exemption 5" (not "are no longer withheld under", nor "were withheld
# under").
STILL_WITHHELD_UNDER = re.compile(r"\b(?:continues?\s+to\s+be|remains?|(?:is|are)\s+still(?:\s+being)?)\s+"
                                  r"(?:properly\s+)?(?:withheld|redacted|protected)\b(?:\s+in\s+(?:full|part|their\s+entirety))?"
                                  r"[^.;]{0,20}?\b(?:under|pursuant\s+to)\b", IC)
# ... released now with parts taken out, the grounds for those named after them: "22 of the 35 pages previously
# withheld in full are released to you in part, with the names ... redacted under Exemptions 6 and 7(C)", "with
# redactions under Exemption 6" (the grounds named before, for the first withholding, are no longer applied).
# ... and what it is redacted as, between: "with the names ... redacted as private under Utah Code § 63G-2-302(2)(d)".
# Records a review body finds public but for what it lets be taken out, the ground of that named: "The use of force
# reports are therefore public, except that the names of other inmates ... may be redacted as private under Utah Code §
# 63G-2-302(2)(d)", "The reports are public records, except for the home addresses, which may be redacted under ..."
# (not records found public with no exception: "The reports are public, and the video is protected under ...").
FOUND_PUBLIC_EXCEPT = re.compile(r"\b(?:are|is)\s+(?:therefore\s+|thus\s+|accordingly\s+|otherwise\s+)?public(?:\s+"
                                 r"records?)?\s*,?\s+except\s+(?:that|for)\b", IC)
RELEASED_REDACTED_UNDER = re.compile(r"\b(?:redacted|removed|masked|deleted|excised|blacked\s+out)\s+"
                                     r"(?:as\s+(?:private|confidential|protected|exempt|controlled)\s+)?(?:under|"
                                     r"pursuant\s+to|in\s+accordance\s+with)\b|\bwith\s+(?:\w+\s+){0,3}?"
                                     r"(?:redactions?|excisions?|deletions?)\s+"
                                     # ... and what was taken out named between: "released with the redaction of
                                     # inmate medical information under MCL 15.243(1)(a)"
                                     r"(?:of\s+(?:[\w'\u2019-]+,?\s+){1,10}?)?(?:made\s+)?(?:under|pursuant\s+to)\b|"
                                     # ... or with the reason, its ground cited after it: "The faces of the injured
                                     # parties ... will be redacted, as disclosure of that information would constitute
                                     # a clearly unwarranted invasion of personal privacy, MCL 15.243(1)(a)."
                                     r"(?<!\bnot\s)(?<!\bnot\sbe\s)\b(?:redacted|removed|masked|deleted|excised)\s*,?\s+"
                                     r"(?:as|because|since)\s+(?:the\s+|its\s+|their\s+)?(?:disclosure|release)\b|"
                                     # ... or the ground named before the redactions: "14 pages are enclosed, released
                                     # in part, with only the Exemption 5 and Exemption 6 redactions upheld in this
                                     # decision remaining", "with the (b)(6) and (b)(7)(C) excisions", "with Exemption
                                     # 6 redactions" (not redactions taken away: "with the Exemption 5 redactions
                                     # removed")
                                     r"\bwith\s+(?:only\s+)?(?:the\s+)?(?:FOIA\s+)?(?:exemptions?\s+|\(b\))[\w()]*"
                                     r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:(?:FOIA\s+)?exemptions?\s+|\(b\))?"
                                     r"[\w()]+){0,4}\s+(?:redactions?|excisions?|deletions?)\b"
                                     r"(?!\s+(?:\w+\s+)?(?:removed|lifted|reversed|withdrawn|undone|taken\s+out|"
                                     r"set\s+aside)\b)",
                                     IC)
# The records as a whole are released: "TSA has determined that the records are releasable in part".
ALL_RELEASED = re.compile(PORTIONS_OF_SENT + r"|"
                          # a copy of the whole file sent: "Enclosed is a copy of your claims file on one compact
                          # disc" (after "The file consists of 1,318 pages"), "we are enclosing a complete copy of the
                          # inmate's central file", "Attached please find a copy of your personnel records"
                          r"\b(?:(?:enclosed|attached)\s+(?:is|are|please\s+find)|(?:are|am|is)\s+(?:enclosing|"
                          r"attaching|providing|sending)(?:\s+you)?(?:\s+with)?)\s+(?:a\s+|the\s+)?(?:complete\s+|full\s+)?"
                          r"cop(?:y|ies)\s+of\s+(?:your|the|this|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                          r"(?:file|folder|records)\b|"
                          r"\b(?:the|these|those|all(?:\s+of\s+the)?)\s+(?:responsive\s+)?(?:records|documents|"
                          r"pages)\s+"
                          r"(?:are|were|have\s+been)\s+(?:being\s+)?(?:releas(?:ed|able)|enclosed|attached|provided|"
                          r"disclosed|produced)|"
                          # "Attached are the records responsive ...", "We are releasing it to you in full"
                          r"\b(?:attached|enclosed)\s+(?:are|is|please\s+find)\s+(?:the|all)\s+(?:responsive\s+)?(?:records|"
                          r"documents)|"
                          # (never a release refused, "We won't be releasing them", "we are not providing it", nor
                          # the release a reason weighs, "because releasing them could reasonably be expected to
                          # endanger the life or physical safety of staff")
                          r"(?<!\bnot\s)(?<!\bnot\sbe\s)(?<!n't\sbe\s)(?<!\bnever\s)"
                          r"\b(?:releasing|providing|disclosing|producing|enclosing)\s+(?:it|them)\b"
                          r"(?!\s+(?:\w+\s+)?(?:could|would|might|may|can|will|is|was)\b)|"
                          # "located 22 pages ..., and we are providing all of them to you without redaction"
                          r"\b(?:releasing|providing|disclosing|producing|enclosing|sending)\s+(?:you\s+(?:with\s+)?)?"
                          r"(?:all\s+of\s+them|them\s+all|all\s+of\s+(?:these|those|the)\s+(?:pages|records|documents)|"
                          r"each\s+of\s+them|every\s+(?:one|page))\b|"
                          # "found nine pages of records ... We are sending you these pages without any deletions"
                          # (not "the pages listed below", "these pages that may be released")
                          r"\b(?:are|am)\s+(?:releasing|providing|disclosing|producing|enclosing|sending)\s+"
                          r"(?:you\s+(?:with\s+)?)?(?:these|those)\s+(?:\w+\s+)?pages\b"
                          r"(?!\s+(?:that|which|listed|described|below|identified|marked|except)\b)|"
                          # "..., a total of 64 pages. Nothing has been withheld, and you may download them from the
                          # Public Records Center", "the records are available for download"
                          r"^(?![^.;]*\b(?:once|when|after|upon|until|unless|if|before|pending)\b)[^.;]*?(?:\byou\s+"
                          r"(?:may|can)\s+(?:now\s+)?download\s+(?:them|all\s+of\s+them|(?:the|these|those|all)\s+"
                          r"(?:responsive\s+)?(?:records|documents|pages))\b|\b(?:they|(?:the|these|those|all)\s+"
                          r"(?:responsive\s+)?(?:records|documents|pages))\s+(?:are|have\s+been)\s+(?:now\s+)?(?:available|"
                          r"ready)\s+for\s+(?:you\s+to\s+)?download)|"
                          # "CISA has reviewed the record and determined to release it in full"
                          r"\b(?:determined|decided|agreed)\s+to\s+(?:release|disclose|provide|produce)\s+(?:it|them)\s+"
                          r"in\s+(?:full|(?:their|its)\s+entirety)|"
                          # "I have reviewed these pages and have determined that they may be released", "located 36
                          # pages ..., and they are being released to you in their entirety"
                          r"\b(?:they|all\s+of\s+them)\s+(?:may\s+|can\s+|will\s+)?(?:be\s+|are\s+|have\s+been\s+)"
                          r"(?:being\s+)?(?:released|releasable|enclosed|attached|provided|disclosed|produced)\b"
                          r"(?!\s+in\s+part)|"
                          # the record found, whole: "found the requested guidelines, 74 pages in all ... the complete
                          # document is enclosed without any redactions", "we are enclosing the entire report" (not
                          # "the complete document is withheld", nor one released in part)
                          r"\b(?:the|this|that)\s+(?:complete|entire|whole|full)\s+(?:[\w-]+\s+)?(?:documents?|records?|"
                          r"reports?|files?|manuals?|set|memorand(?:um|a)|guidelines|policy|policies|transcripts?)\s+"
                          r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:hereby\s+|now\s+)?(?:being\s+)?(?:released|"
                          r"enclosed|attached|provided|disclosed|produced)\b(?!\s+(?:to\s+you\s+)?in\s+part)|"
                          r"\b(?:releasing|providing|disclosing|producing|enclosing|sending)\s+(?:you\s+(?:with\s+)?)?"
                          r"(?:the|this|that)\s+(?:complete|entire|whole|full)\s+(?:[\w-]+\s+)?(?:documents?|records?|"
                          r"reports?|files?|manuals?|set|memorand(?:um|a)|guidelines|policy|policies|transcripts?)\b"
                          r"(?!\s+(?:to\s+you\s+)?in\s+part)|"
                          # the one record found: "located one responsive record, a nine-page memorandum, and it is
                          # released to you in full"
                          r"\bit\s+(?:is|was|has\s+been)\s+(?:hereby\s+)?(?:being\s+)?(?:released|enclosed|attached|provided|"
                          r"disclosed|produced)\b(?!\s+(?:to\s+you\s+)?in\s+part)", IC)
# The new date an extension sets: "An extension of time is required until March 31, 2026".
# A date the requester must act by, not one the agency expects to answer by: "If you do not respond in writing by",
# "please reply by", "your payment must be received by".
# The requester is the one told of it in the passive, not the one who must act: "you will be provided with a
# determination on your appeal on or before December 10, 2026", "you will be notified by January 8" (the office's day).
REQUESTER_DEADLINE = re.compile(r"\b(?:you|requester|requestor)\s+(?:\w+\s+){0,4}?"
                                r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?:respond|reply|answer|pay|provide|"
                                r"submit|notify|confirm|contact)\w*\b[^.;]{0,60}$|\bplease\s+(?:\w+\s+){0,3}?"
                                r"(?:respond|reply|answer|confirm|let\s+us\s+know|pay|remit|submit|send)\w*\b[^.;]{0,60}$|"
                                # (not the office's answer given to the requester: "Your response will be provided
                                # no later than Friday, December 11, 2026", "your reply will be mailed by")
                                r"\byour\s+(?:written\s+)?(?:response|reply|answer|payment|confirmation)\b"
                                r"(?!\s+will\s+be\s+(?:provided|issued|mailed|e-?mailed|made\s+available|forthcoming|"
                                r"sent\s+to\s+you)\b)[^.;]{0,40}$|"
                                # ... or said from the office's side, of the answer it waits for: "If we do not
                                # receive a response by December 24", "unless the District receives your clarification
                                # by", "if we have not heard from you by", "absent a reply from you by"
                                r"\b(?:(?:we|the\s+(?:\w+\s+){0,2}?(?:district|city|county|town|village|office|"
                                r"department|agency|unit|clerk))\s+(?:do(?:es)?\s+not|did\s+not|ha(?:ve|s)\s+not|"
                                r"(?:is|are)\s+not\s+in)\s+(?:receiv|hear|get)\w*|unless\s+(?:we|the\s+\w+)\s+"
                                r"(?:receive|hear)s?|absent\s+(?:an?\s+|any\s+)?(?:response|reply|answer|word))"
                                r"\b(?![^.;]{0,40}\b(?:we|the\s+(?:district|city|county|office|department))\s+will\s+"
                                r"(?:respond|provide|release))[^.;]{0,50}$", IC)
# ... or to it, after the days: "the time is extended by fourteen (14) days, to November 12, 2026", "we are extending
# the response period by 10 working days, to June 5, 2026"
# A day that is the requester's or a court's, told as the reason the requester gives, not the office's answer: "a
# motion ... that the district court has ordered be filed by January 22, 2027", "the brief must be filed with the court
# no later than", "the hearing is scheduled for" (the office's own answer by a day is none of these).
OTHERS_DEADLINE_BEFORE = re.compile(
    r"\b(?:be|been|is|are|was|were)\s+(?:\w+\s+){0,2}?filed\s+(?:with\s+(?:the\s+)?(?:\w+\s+){0,2}?court\s+|"
    r"in\s+(?:\w+\s+){0,2}?court\s+)?(?:by|on\s+or\s+before|not?\s+later\s+than|before)\s*$|"
    r"\b(?:hearing|trial|sentencing|deposition|arraignment)\s+(?:is\s+|has\s+been\s+|was\s+)?(?:scheduled|set|"
    r"calendared)\s+(?:for|on)\s*$", IC)
# The sentence that recalls why the requester asked for speed, the days in it the requester's: "You requested expedited
# processing because the records are needed for a motion ... to be filed by January 22, 2027", "Your request for
# expedited processing states that ...", "You asked that we expedite your request on the grounds that ..."
REQUESTERS_REASON = re.compile(
    r"^\s*(?:you|your\s+(?:request|letter|e-?mail))\b[^.;]{0,80}?\b(?:expedit\w*|speed|priority|urgen\w*)\b[^.;]{0,80}?"
    r"\b(?:because|stat(?:es|ed|ing)\s+that|assert\w*\s+that|explain\w*\s+that|on\s+the\s+grounds?\s+that|"
    r"citing)\b", IC)
# ("until" said in full too: "by an additional five (5) business days, up to and including December 8, 2026", "ten
# more working days, to and including June 5")
_UNTIL = r"(?:until|through|(?:up\s+)?to\s+and\s+including)"
EXTENDED_UNTIL = re.compile(rf"(?:extend\w*|extension\s+of\s+time|additional\s+time)\s+(?:\S+\s+){{0,6}}?{_UNTIL}"
                            r"\s*$|"
                            # "we are taking an additional five business days to respond, until December 9, 2026"
                            # ... Virginia's "an additional seven work days, or until December 11, 2026"
                            rf"\b(?:additional|extra|further)\s+{COUNT}\s+(?:(?:working|business|calendar|work)\s+)?"
                            rf"days,?\s+(?:\S+\s+){{0,5}}?{_UNTIL}\s*$|"
                            # "the time to respond is extended by an additional five business days, to December 7"
                            rf"\bextended\s+by\s+(?:an?\s+)?(?:additional\s+|further\s+)?{COUNT}\s+(?:additional\s+)?"
                            rf"(?:(?:working|business|calendar)\s+)?days,?\s+(?:to|{_UNTIL})\s*$|"
                            # ... the time named at length between "extending" and its days: "extending the time
                            # limit for responding to your request by ten (10) working days, to December 29", "extending
                            # the time to respond to your request by 10 working days, until January 5, 2027" (not the
                            # requester's own time: "extending the time you have to clarify your request by ten days")
                            r"\bextend(?:ed|ing)\s+(?:(?!you\b|your\s+(?:time|deadline|reply|response|answer|payment|"
                            r"deposit|appeal|clarification)\b)\S+\s+){0,8}?by\s+(?:\S+\s+){1,4}?days?,?\s+"
                            rf"(?:to|{_UNTIL})\s*$|"
                            # "the deadline for our response has moved 14 days out, to May 8"
                            rf"\b(?:moved|pushed|shifted)\s+(?:back\s+|out\s+)?(?:by\s+)?{COUNT}\s+(?:\(\d+\)\s+)?"
                            r"(?:(?:working|business|calendar|work)\s+)?days\s+(?:out|later|back),?\s+(?:to|until)\s*$|"
                            # "Cal OES will take an additional 14 days, through March 30, 2026", "ten more working days,
                            # until June 5"
                            rf"\b(?:additional|further|extra)\s+(?:\(?{COUNT}\)?\s+){{1,2}}(?:(?:working|business|calendar)\s+)?"
                            rf"days,?\s+{_UNTIL}\s*$|"
                            rf"\b{COUNT}\s+(?:\(\d+\)\s+)?(?:additional|more|further|extra)\s+"
                            rf"(?:(?:working|business|calendar)\s+)?days,?\s+{_UNTIL}\s*$|"
                            # "We are extending the time to respond to your request to December 7": the time, deadline
                            # or date extended, then "to" just before the new date
                            # ... two words naming it: the IRS's "we are extending the statutory response date to
                            # January 6, 2027" (never a payment's, a fee's or an appeal's date)
                            r"\bextend(?:s|ed|ing)?\s+(?:the|our|its|this)\s+"
                            r"(?:(?!(?:payment|fee|fees|invoice|deposit|appeal)\b)\w+\s+){0,2}?(?:time|deadline|date|period)\b"
                            r"[^.;:]{0,60}?\s+to\s*$", IC)
# The due date itself said moved, in a sentence of its own beside the extension's days: "The due date of this request
# has been extended to 12/2/2026", "The deadline for the City's response is now extended to December 9", "the response
# date for your request was changed to 01/08/2027" (not a payment's, a fee's, an invoice's or an appeal's date, nor
# the requester's time to answer).
# An alternative time frame the requester agreed to, as 5 U.S.C. § 552(a)(6)(B)(ii) lets an office arrange beyond the
# ten additional working days: "in which you agreed to an alternative time frame for processing your request", "you
# have agreed to extend the time for our response", "As you agreed, the deadline is extended" (not an offer: "you may
# agree to an alternative time frame", "if you agree to an alternative time frame", "whether you would agree").
TIME_FRAME_AGREED = re.compile(
    r"\b(?:you|requester|requestor)\s+(?:have\s+|has\s+|had\s+)?"
    r"agreed\s+(?:to\s+|on\s+|upon\s+)?(?:(?:an?|the|this|our)\s+)?(?:(?:alternative|alternate|new|revised|extended|"
    r"longer|modified)\s+(?:time\s*frame|timeframe|time\s+(?:period|limit)|deadline|schedule|due\s+date|processing\s+"
    r"schedule)|extension\b|extend\s+(?:the\s+)?(?:time|deadline|due\s+date))", IC)
# Oregon's statement that a request is still being processed past the law's time, ORS 192.329(5)(c): "This is the
# written statement required by ORS 192.329(5)(c)", "This is the written statement provided under ORS 192.329(5)" (not
# the law only named: "ORS 192.329(5) requires a public body to ...").
# ... or the letter said to be that statement, the law's words on it in the sentence before: "ORS 192.329(5) requires a
# public body ... to provide the requester with a written statement that the public body is still processing the
# request ... This letter is that statement." (not "This letter is not that statement").
# ... or Nebraska's written explanation of the delay, Neb. Rev. Stat. § 84-712(4): "... a written explanation of the
# delay and the earliest practicable date for fulfilling the request. This e-mail is that written explanation.", or
# the letter that says it is one in so many words: "This letter is our written explanation of the delay" (never the
# explanation of a denial, nor one only promised: "we will send you a written explanation of the delay").
THIS_IS_THAT_STATEMENT = re.compile(r"^\W*this\s+(?:letter|e-?mail|notice|message|correspondence)\s+(?:is|serves\s+as|"
                                    r"constitutes)\s+(?:that|the|this|such\s+an?)\s+(?:written\s+)?"
                                    r"(?:statement|explanation)\b(?!\s+of\s+(?:the\s+)?denial)", IC)
STATUTE_ON_STATEMENT = re.compile(r"\bORS\s+192\.329\s*\(5\)[^.;]*\bwritten\s+statement\b|"
                                  r"\bwritten\s+explanation\s+of\s+(?:the|any|such|a|its)\s+delay\b", IC)
STILL_PROCESSING_STATEMENT = re.compile(r"^\W*(?:this\s+(?:letter|e-?mail|notice|message|correspondence)\s+"
                                        r"(?:is|serves\s+as|constitutes)|please\s+accept\s+this\s+(?:letter|e-?mail|notice|message)\s+"
                                        r"as)\s+(?:the|our|its|an?|the\s+[\w.-]+['\u2019]s?)\s+written\s+explanation\s+"
                                        r"of\s+(?:the|this|its|our|any)\s+delay\b|"
                                        r"\bwritten\s+statement\s+(?:\w+\s+){0,2}?(?:required\s+by|provided\s+"
                                        r"(?:under|pursuant\s+to)|under|pursuant\s+to)\s+ORS\s+192\.329\s*\(5\)", IC)
# A clarification the office says it is not asking for: "we have determined that your request is too broad in scope
# ...; however, we are not asking you to clarify it at this time", "we do not need you to clarify your request".
CLARIFICATION_NOT_ASKED = re.compile(r"\b(?:are|am|is)\s+not\s+(?:asking|requesting|requiring)\s+(?:that\s+)?you\s+"
                                     r"(?:to\s+)?(?:clarify|narrow|specify)|\b(?:do|does)\s+not\s+need\s+you\s+to\s+"
                                     r"(?:clarify|narrow|specify)", IC)
DUE_DATE_EXTENDED_TO = re.compile(
    r"(?<!payment\s)(?<!invoice\s)(?<!appeal\s)\b(?:(?:due|response|reply|determination)\s+date|deadline|"
    r"time\s+(?:limit\s+)?(?:to|for)\s+(?:respond|response|reply))\b"
    r"(?![^.;:]*\b(?:payment|fees?|invoice|appeal|deposit|you\s+to|your\s+(?:reply|response|answer))\b)"
    r"[^.;:]{0,60}?\b(?:has\s+been|have\s+been|is|was|will\s+be)\s+(?:now\s+)?(?:extended|moved|changed|reset|"
    r"pushed\s+back)\s+(?:\S+\s+){0,3}?(?:to|until|through)\s*$|"
    # ... or the new day named as such: "The new deadline for a determination on your request is January 13, 2027"
    # (Interior's extension letter), "Your revised due date is 12/18/2026", "the new response date will be ..."
    r"\b(?:new|revised|extended|updated)\s+(?:(?:due|response|reply|determination|decision)\s+date|deadline|"
    r"date\s+(?:for|of)\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:determination|decision|response|reply))\b"
    r"(?![^.;:]*\b(?:payment|fees?|invoice|appeal|deposit|you\s+to|your\s+(?:reply|response|answer))\b)"
    r"[^.;:]{0,60}?\b(?:is|will\s+be|becomes)\s+(?:now\s+)?(?:on\s+or\s+before\s+)?$|"
    # ... or the due date said to be now another: "With this extension, the due date for a response to your request is
    # now January 13, 2027"; a portal's "Due date changed from 11/30/2026 to 12/14/2026"
    r"(?<!payment\s)(?<!invoice\s)(?<!appeal\s)\b(?:due\s+date|deadline)\b"
    r"(?![^.;:]*\b(?:payment|fees?|invoice|appeal|deposit|you\s+to)\b)[^.;:]{0,60}?"
    r"\b(?:is|will\s+be)\s+now\s*$|^\W*(?:the\s+)?(?:response\s+)?due\s+date\s+(?:was\s+|has\s+been\s+)?changed\s+"
    r"from\s+\S+\s+to\s*$|"
    # ... or the law's days counted from the first due date: "Thirty days from the date your response was originally due
    # is December 23, 2026" (Pennsylvania's 902 notice)
    rf"\b{COUNT}\s+(?:\(\d+\)\s+)?(?:additional\s+)?(?:(?:business|calendar|working)\s+)?days\s+(?:from|after)\s+"
    r"the\s+(?:date|day)\s+[^.;:]{0,60}?\boriginally\s+due\s+(?:is|was|will\s+be)\s*$|"
    # ... or the answer said to be due now, by a day: "Your response is now due no later than Friday, December 11,
    # 2026" (Virginia's seven more work days), "A response to your request is now due on or before January 4, 2027",
    # "the City's determination will now be due by December 16" (never the requester's own answer: "your reply to
    # this letter is now due by December 18"; nor a payment, a fee or an appeal due)
    r"(?<!your\s)\b(?:response|reply|determination|decision|answer)\b"
    r"(?![^.;:]*\b(?:payment|fees?|invoice|appeal|deposit|this\s+(?:letter|notice|e-?mail|message))\b)"
    r"[^.;:]{0,60}?\b(?:is|will\s+(?:now\s+)?be)\s+(?:now\s+)?due\s+(?:(?:no|not)\s+later\s+than\s+|on\s+or\s+before\s+|"
    r"by\s+|on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$|"
    r"\byour\s+response\b(?![^.;:]*\b(?:payment|fees?|invoice|appeal|deposit|this\s+(?:letter|notice|e-?mail|message)|"
    r"from\s+you)\b)[^.;:]{0,60}?\b(?:is|will\s+(?:now\s+)?be)\s+now\s+due\s+(?:(?:no|not)\s+later\s+than\s+|"
    r"on\s+or\s+before\s+|by\s+|on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", IC)
# The time to answer moved to a day, told without its days, the words just before that day: "the Department is extending
# the period for its response to December 15, 2026", "we have extended the deadline to respond until January 8", "the
# time to respond is extended to Monday, December 14" (not a day the office expects to answer by: "will make the records
# available on or before December 14"). The day is the extension's, and its days are what the deadline counts.
EXTENDED_TO_DAY = re.compile(
    r"\bextend(?:s|ed|ing)?\s+(?:the\s+|its\s+|our\s+|your\s+)?(?:(?:time|period|deadline|date)\b|"
    r"(?:response|reply|due)\s+(?:time|period|date|deadline)\b)[^.;:]{0,60}?\b(?:to|until|through)\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$|"
    r"\b(?:time|period|deadline)\b[^.;:]{0,40}?\b(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:now\s+|hereby\s+)?"
    r"extended\s+(?:to|until|through)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", IC)
# An estimate given in an earlier letter, recalled by a later one that moves it: "In our letter of October 15, 2026, we
# estimated that the first installment would be available on or before December 4, 2026", "the date we previously
# estimated", "our original estimate of November 30".
ESTIMATE_GIVEN_BEFORE = re.compile(
    r"\b(?:previously|originally|initially|earlier)\s+(?:estimated|anticipated|projected|expected)\b|"
    # ... the estimate named first, the earlier giving of it after: "by the estimated date of completion previously
    # provided to you, November 30, 2026", "the estimated completion date we originally gave you" (not one given now)
    r"\b(?:estimated|anticipated|projected|expected|target)\s+(?:\w+\s+){0,3}?date\b[^.;]{0,30}?\b(?:previously|"
    r"originally|initially|earlier)\s+(?:provided|given|gave|sent|communicated|stated|quoted|set)\b|"
    r"\b(?:our|its|the|your)\s+(?:original|initial|earlier|previous|prior|first)\s+(?:time\s+)?estimate\b|"
    # ... or told as what was estimated then, the time named before the office: "At that time, the District estimated
    # that it would provide the first installment ... on or before December 11, 2026", "On November 20, 2026, we
    # estimated ...", "In that letter, the Department anticipated ..." (not this letter's own estimate: "At this time,
    # we estimate")
    r"^\W*(?:at\s+that\s+time|back\s+then|then|in\s+that\s+(?:letter|e-?mail|notice|response|acknowledg(?:e)?ment)|"
    # (of a time to answer, not of a cost: "At that time, the District estimated the cost of copies at $40.00")
    rf"on\s+{A_DATE}),?\s+(?:we|it|the\s+[^.;,]{{1,60}}?)\s+(?:estimated|anticipated|projected)\s+"
    r"(?:that\b|(?:it|we|they)\s+would\b)|"
    # (the article left out too: "By letter dated October 20, 2026, we ...")
    r"\b(?:in|by)\s+(?:(?:our|its|an?|the)\s+)?(?:earlier\s+|previous\s+|prior\s+|first\s+)?(?:letter|e-?mail|notice|"
    # (the day written any way, abbreviated too: "In our letter of Oct. 15, 2026, we estimated ...")
    r"correspondence|response|acknowledg(?:e)?ment)\s+(?:of|dated|sent\s+(?:to\s+you\s+)?(?:on\s+)?)\s*"
    rf"(?:{A_DATE}|[^.;]{{3,30}}?),?\s+"
    # (the office named at length: "the New York City Police Department (NYPD) estimated")
    r"(?:we|it|the\s+[^.;,]{1,60}?)\s+(?:estimated|anticipated|projected|advised\s+(?:you\s+)?that|"
    # ... or the time it took then, a later letter naming the day it now expects: "By letter dated October 20, 2026,
    # we notified you that unusual circumstances exist ... and that we were extending the time to respond to your
    # request by ten working days"
    # (a section's decimal point no end of the sentence: "as described in 7 CFR 1.16(b)")
    r"(?:notified|informed|told)\s+you\s+that\b(?:[^.;]|\.(?=\d))*?\b(?:extend\w*\s+(?:\w+\s+){0,2}?(?:time|"
    r"deadline|period|date)|extension\s+of\s+(?:\w+\s+){0,2}?time|additional\s+time|more\s+time|unusual\s+"
    r"circumstances))\b", IC)
# ... and the estimate that replaces it, the day named after the words: "We now estimate that the first installment of
# records will be available on or before January 22, 2027", "The Department now anticipates responding by March 1",
# "our new estimate is February 5" (never the promise of one: "we will provide you with a revised estimate").
ESTIMATE_NOW = re.compile(r"\b(?:now|instead)\s+(?:estimates?|anticipates?|expects?|projects?|believes?)\b|"
                          r"\b(?:new|revised|updated)\s+(?:time\s+)?(?:estimate|estimated\s+date|anticipated\s+date)\b"
                          r"(?!\s+(?:will|shall|if)\b)"
                          r"(?![^.;]*\bwill\s+(?:be\s+)?(?:provid|sen[dt]|notif|giv|let))", IC)
# An earlier letter as the sentence's subject, saying what it did: "That letter estimated the fees to process the
# request at $340.00", "Our previous letter asked you to ..." (not this letter: "This letter estimates").
EARLIER_LETTER = re.compile(r"^\W*(?:that|the\s+(?:earlier|previous|prior|first)|"
                            r"our\s+(?:earlier|previous|prior|first|last)|"
                            r"my\s+(?:earlier|previous|prior|last))\s+(?:letter|e-?mail|message|notice|correspondence)\s+"
                            r"(?:\w+\s+){0,2}?(?:estimated|quoted|stated|said|set|asked|told|advised|explained|gave|"
                            r"provided|extended|informed|notified)\b|"
                            # ... named by its day: "Our letter of October 14, 2026, estimated a special service charge
                            # of $298.20", "Our e-mail dated 10/14/2026 quoted a fee of $40.00"
                            r"^\W*(?:our|my)\s+(?:letter|e-?mail|message|notice|correspondence)\s+(?:of|dated|sent\s+"
                            r"(?:to\s+you\s+)?on)\s+" + A_DATE + r"\s*,?\s+(?:\w+\s+){0,2}?(?:estimated|quoted|stated|"
                            r"said|set|asked|told|advised|explained|gave|provided|extended|informed|notified)\b|"
                            # ... or the estimate it gave, by its day: "The estimate we sent you on October 14, 2026 was
                            # $298.20" (not this letter's: "The estimate we are sending you today is $298.20")
                            r"^\W*(?:the|our|my)\s+(?:fee\s+|cost\s+)?estimate\s+(?:that\s+)?(?:we|I)\s+(?:sent|gave|"
                            r"provided|mailed|e-?mailed|quoted)\s+(?:to\s+)?you\s+on\s+" + A_DATE, IC)
# A sentence that opens on a day, as a recital of what happened then does: "On March 23, 2026, ...", "On 3/23/26, ..."
# ... after a lead-in that reminds the reader it is told again: "As you know, on November 18, 2026, the Government
# Records Council issued an Interim Order ...", "As you may recall, on October 2, 2026, ..."
DAY_OPENING = (r"^\s*(?:as\s+(?:you\s+(?:know|are\s+aware|may\s+(?:recall|remember|know)|will\s+(?:recall|remember)|"
               rf"recall)|noted\s+above|previously\s+noted)\s*,\s*)?on\s+{A_DATE}\s*,")
# ... or a review body's meeting of a past day: "At its November 17, 2026 public meeting, the Government Records Council
# issued an Interim Order ..." (New Jersey's Council decides at its meetings).
MEETING_OPENING = rf"^\s*at\s+(?:its|the|their)\s+{A_DATE}\s+(?:public\s+|regular\s+|special\s+)?meeting\s*,"
# What an earlier letter did, told again: "On March 23, 2026, the City invoked a thirty-day extension."
# An acknowledgement told in the past, by the office of itself: "we acknowledged receipt of your request", "the
# Department acknowledged your request by letter dated ..." (with RECITAL's date or "previously", an earlier letter's).
ACKNOWLEDGED_BEFORE = re.compile(r"\b(?:we|I|(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:office|department|agency|unit|"
                                 r"division|bureau|city|county|district))\s+(?:previously\s+)?acknowledged\b", IC)
# ... or the earlier letter that acknowledged it, told by the office that wrote it: "We wrote to you on November 6,
# 2026, to acknowledge your request", "we sent you an e-mail on October 3 acknowledging receipt of your request" (not
# this letter's own: "We are writing to acknowledge your request", "The Department acknowledges receipt of your request
# on November 20, 2026").
ACK_LETTER_RECALLED = re.compile(r"\b(?:we|I|(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:office|department|agency|unit|"
                                 r"division|bureau))\s+(?:wrote(?:\s+to\s+you)?|(?:sent|e-?mailed|mailed)\s+(?:to\s+)?"
                                 r"you(?:\s+(?:a|an)\s+(?:letter|e-?mail|notice))?)\s+on\s+" + A_DATE
                                 + r"\s*,?\s+(?:to\s+acknowledge|acknowledging)\b|"
                                 # ... or the acknowledgement itself told in the past with its own day: "The Department
                                 # acknowledged your request in writing on November 13, 2026", "The Bureau acknowledged
                                 # your public records request on November 13, 2026"
                                 r"\b(?:we|I|(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:office|department|agency|unit|"
                                 r"division|bureau|city|county|district))\s+acknowledged\s+(?:receipt\s+of\s+)?your\s+"
                                 r"(?:[\w-]+\s+){0,4}?request\s+(?:(?:in\s+writing\s+|by\s+(?:letter|e-?mail)\s+)?on|"
                                 # ... or by the letter that did it, dated: "We acknowledged your request by letter
                                 # dated November 10, 2026"
                                 r"(?:by|in|with)\s+(?:(?:a|an|our|its|my)\s+)?(?:letter|e-?mail|notice)\s+(?:dated|of))\s+"
                                 + A_DATE + r"|"
                                 # ... or that letter named first, with its day: "In our letter of November 25, 2026,
                                 # we acknowledged your request and estimated ...", "By letter dated October 3, 2026,
                                 # the Department acknowledged receipt of your request", and the day alone: "On
                                 # October 20, 2026, we acknowledged receipt of your request"
                                 r"(?:^\s*|\b(?:in|by|with)\s+(?:(?:a|an|our|its|my|the)\s+)?(?:letter|e-?mail|notice)\s+"
                                 r"(?:dated|of)\s+)(?:on\s+)?" + A_DATE + r"\s*,?\s+(?:we|I|(?:the|this|our)\s+"
                                 r"(?:[\w-]+\s+){0,3}?(?:office|department|agency|unit|division|bureau|city|county|"
                                 r"district))\s+(?:previously\s+)?acknowledged\b", IC)
# ... and an extension taken before, its day after the verb: "The City invoked a thirty-day extension of time on
# November 6, 2026 under Section 902", "the Department took its ten-day extension on May 4" (not one taken now: "The
# City is invoking a thirty-day extension", "we are extending the time to December 16")
EXTENSION_TAKEN_ON = (r"\b(?:invoked|took|claimed|exercised|asserted|gave\s+(?:you\s+)?notice\s+of)\s+"
                      r"(?:(?:a|an|the|its|our|their)\s+)?(?:[\w-]+\s+){0,4}?extension\b[^.;]{0,60}?\bon\s+" + A_DATE)
# ... or with its day before, in a clause of its own within the sentence: "Your request was received ... on November 6,
# 2026, and on November 13, 2026, the OAG invoked a thirty (30) day extension of time to respond pursuant to Section
# 902(b)", "on May 4 we took the ten-day extension" (not one taken now: "on this date the City is invoking ...").
EXTENSION_TAKEN_AFTER_DAY = (r"\bon\s+" + A_DATE + r"\s*,?\s+(?:[\w'\u2019-]+\s+){1,5}?(?:invoked|took|claimed|"
                             r"exercised|asserted|gave\s+(?:you\s+)?notice\s+of)\s+(?:(?:a|an|the|its|our|their)\s+)?"
                             r"(?:\S+\s+){0,4}?extension\b")
# (both compiled for the loose reading, which takes no extension an earlier letter took)
EXTENSION_TAKEN_BEFORE = re.compile(EXTENSION_TAKEN_ON + r"|" + EXTENSION_TAKEN_AFTER_DAY, IC)
RECITAL = re.compile(EARLIER_LETTER.pattern + r"|" + DAY_OPENING + r"|" + EXTENSION_TAKEN_ON + r"|"
                     + EXTENSION_TAKEN_AFTER_DAY + r"|\bpreviously\b|"
                     r"\bearlier\b|by\s+(?:letter|e-?mail|notice)\s+dated|in\s+(?:our|its|a|the)\s+(?:letter|e-?mail|notice|"
                     r"response)\s+(?:of|dated)|"
                     # ... or the earlier letter named by "of" and its day: "By letter of October 26, 2026, PSP advised
                     # you that it would require up to an additional thirty (30) calendar days to respond"
                     r"\bby\s+(?:(?:a|its|our|my|the)\s+)?(?:letter|e-?mail|notice)\s+of\s+" + A_DATE + r"|"
                     # ... or taken up as "that response" after the sentence that names it: "On November 20, 2026,
                     # the Sheriff's Office responded to your request ... In that response, CCSO advised you that ...
                     # for a fee of $165.00" (not "In this response")
                     r"^\W*in\s+that\s+(?:written\s+)?(?:letter|e-?mail|response|reply|notice|determination|"
                     r"correspondence)\s*,|"
                     # ... without the comma, its subject next: "In that letter we estimated that processing your
                     # request would cost $1,176.00", "In that notice the Bureau quoted ..." (not "In this letter")
                     r"^\W*in\s+that\s+(?:written\s+)?(?:letter|e-?mail|response|reply|notice|determination|"
                     r"correspondence)\s+(?=(?:we|I|it|they|the|our|this\s+office)\b)", IC)
# What the office itself released or withheld before, told in the past by its own voice: "By letter dated August 27,
# 2026, we released 19 pages of records to you with portions withheld, and withheld the remaining records in full
# under FOIA Exemptions 4, 6 and 8" (with RECITAL's date or "previously"; not another office's: "the Bureau withheld").
OWN_EARLIER_WITHHOLDING = re.compile(r"\b(?:we|I)\s+(?:had\s+)?(?:previously\s+)?(?:released|withheld|redacted|"
                                     r"denied|produced|provided)\b", IC)
# What an earlier answer withheld, told in the past beside RECITAL's date: "On September 1, 2026, the Department
# withheld the responsive records in their entirety under G. L. c. 4, § 7(26)(f)" (not "is withholding", nor "has
# redacted").
EARLIER_WITHHELD_TOLD = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)\b(?:withheld|denied|redacted)\b", IC)
# In an appeal's decision, the ground the answer under review rested on, told as that office's act in the past: "First,
# the custodian withheld the entire file under 1 V.S.A. § 317(c)(5)(A)", "The Department denied your request under
# ...", "the agency redacted the names under ..." (the decision's own act is told as its own: "I uphold", "is upheld").
REVIEWED_ANSWER_GROUND = re.compile(r"\b(?:custodian|agency|department|office|division|bureau|component|board|"
                                    r"commission|authority|unit|section|district|city|county)\s+(?:had\s+)?"
                                    r"(?:originally\s+|initially\s+|first\s+)?(?:withheld|denied|redacted)\b", IC)
# What the office withheld before, told in the simple past with the office as subject, "The FCPD withheld the records
# under Va. Code § 2.2-3706.1(B)(1) as criminal investigative files" (not "have been withheld", "were withheld", "is
# withheld"), in a letter that says what is still withheld now (STILL_WITHHELD).
WITHHELD_BEFORE_ACTIVE = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)"
                                    r"(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)\b(?:withheld|denied)\s+"
                                    r"(?:the|your|its|all|these|those|them|that|this)\b", IC)
# What a letter says is withheld still, which tells that something was withheld before: "continues to be withheld under
# Va. Code § 2.2-3706.1(B)(1)", "remain withheld", "is still being withheld", "we continue to withhold".
STILL_WITHHELD = re.compile(r"\bcontinu(?:es?|ing)\s+to\s+(?:be\s+)?(?:withh(?:eld|old)|redact(?:ed)?|den(?:y|ied))\b|"
                            r"\bremains?\s+(?:withheld|redacted|exempt|confidential)\b|"
                            r"\bstill\s+(?:being\s+)?(?:withheld|redacted)\b", IC)
# The earlier answer that denied the request, told in a later letter that answers it again, whoever it names as having
# given it: "On August 20, 2026, the Sheriff's Office responded that the data were classified as confidential ... under
# Minn. Stat. § 13.82, subd. 7, and denied your request", "The Department's initial response, dated May 4, 2026, denied
# your request under ..." (with RECITAL's date or EARLIER_ANSWER_DATED).
EARLIER_DENIAL = re.compile(r"\bdenied\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?request\b", IC)
# ... or told with its own day after the verb, whatever opens the sentence: "LMPD denied your request on September 17,
# 2026, under KRS 61.878(1)(h) and (1)(j)", "The Department denied the request in full on May 4, 2026 under ..." (not
# a denial made now: "the Department denies your request under ...", "your request is denied").
EARLIER_DENIAL_ON_DAY = re.compile(r"\bdenied\s+(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?request\s+(?:in\s+(?:full|part|"
                                   r"its\s+entirety)\s+)?(?:on|dated)\s+" + A_DATE, IC)
# The earlier answer named as such with its date, as what the sentence tells of: "The MSP's initial response, dated
# October 13, 2026, granted ...", "The Department's original determination of May 4, 2026 withheld ...".
EARLIER_ANSWER_DATED = re.compile(r"\b(?:initial|original|earlier|previous|prior|first)\s+(?:response|determination|"
                                  r"decision|answer|reply|letter)\s*,?\s+(?:dated|of|issued(?:\s+on)?)\s+" + A_DATE, IC)
# The office's own earlier answer, named by its day, and what it withheld: "In its June 24, 2026 response, CCSO withheld
# the responsive records in their entirety pursuant to Section 7(1)(d)(i) of FOIA", "In our initial response of May
# 4, 2026, we denied the request under ..." (not this letter's: "In this response, CCSO has withheld ...", nor an
# answer named without its day or as earlier: "In its response, the City withheld ...").
OWN_EARLIER_ANSWER_WITHHELD = re.compile(
    r"^\W*in\s+(?:its|our|my)\s+(?:(?:(?:initial|original|earlier|previous|prior|first)\s+)?" + A_DATE + r"\s+|"
    r"(?:initial|original|earlier|previous|prior|first)\s+)(?:written\s+)?(?:response|determination|decision|answer|"
    r"reply|letter)\b(?:\s*,?\s+(?:dated|of|issued(?:\s+on)?)\s+" + A_DATE + r")?\s*,[^.;]*?\b(?:withheld|denied|"
    r"redacted)\b|"
    # ... or named by the day after it, whatever word comes before: "In our final response dated August 18, 2026, we
    # withheld 23 pages in full under FOIA Exemptions 3, 5 and 6", "In its partial response of May 4, 2026, the Service
    # redacted ..." (not one without its day: "In our final response, we have withheld ...")
    r"^\W*in\s+(?:its|our|my)\s+(?:[\w-]+\s+){0,2}?(?:response|determination|decision|answer|reply|letter)\s*,?\s+"
    r"(?:dated|of|issued(?:\s+on)?)\s+" + A_DATE + r"\s*,[^.;]*?\b(?:withheld|denied|redacted)\b|"
    # ... or the earlier answer a sentence before named, taken up as "that response": "In that response, the Board
    # released 84 pages in part and withheld 19 pages in full under FOIA exemptions 5, 6 and 8", "In the earlier letter,
    # the Service withheld 12 pages under Exemption 5" (not "In this response")
    r"^\W*in\s+(?:that|the\s+(?:initial|original|earlier|previous|prior|first))\s+(?:written\s+)?(?:response|determination|decision|answer|reply|letter)\s*,[^.;]*?\b(?:withheld|"
    r"denied|redacted)\b", IC)
# The office's earlier answer made the subject of the sentence, named by its day, and what it released or withheld
# then: "FTA's July 29, 2026 response released the final audit report and withheld the remaining 47 pages in full",
# "ACF's final response of June 18, 2026 released 212 pages with redactions", "Our letter dated May 4, 2026 withheld
# 12 pages" (a day is required: "Our response releases 12 pages" is this letter's; nor "the response of May 4 is
# being supplemented", no past release).
_ANSWER_OWNER = r"^\W*(?:(?:[A-Z][\w&.-]*\s+){0,4}?[\w&.-]+['’]s|our|its|their|my)\s+"
_ANSWER_SORT = (r"(?:(?:initial|original|earlier|previous|prior|first|final|partial|interim|written|supplemental)"
                r"\s+){0,2}")
_ANSWER_WORD = r"(?:response|determination|decision|answer|reply|letter)\b"
_ANSWER_DID = (r"\s*,?\s+(?:had\s+)?(?:released|withheld|provided|produced|disclosed|denied|redacted)\b")
EARLIER_ANSWER_AS_SUBJECT = re.compile(
    _ANSWER_OWNER + _ANSWER_SORT + A_DATE + r",?\s+" + _ANSWER_SORT + _ANSWER_WORD + _ANSWER_DID + r"|"
    + _ANSWER_OWNER + _ANSWER_SORT + _ANSWER_WORD + r"\s*,?\s+(?:dated|of|issued(?:\s+on)?)\s+" + A_DATE
    + _ANSWER_DID, re.I)
# An earlier answer the office issued, recalled with what it released or withheld (with RECITAL's date or
# "previously"): "On August 27, 2026, the Coast Guard issued a final response to your request, releasing 212 pages with
# redactions under FOIA Exemptions (b)(5), (b)(6) and (b)(7)(C)", "we previously sent you our initial determination,
# withholding 12 pages under Exemption 5" (not this letter's own: "The Coast Guard is issuing this supplemental
# response").
EARLIER_ANSWER_ISSUED = re.compile(r"(?<!\bis\s)(?<!\bare\s)\b(?:issued|sent|provided|mailed|e-?mailed)\s+(?:to\s+)?"
                                   r"(?:you\s+)?(?:a|an|its|the|our|their|his|her|my)\s+(?:(?:initial|original|first|"
                                   r"final|partial|interim|earlier|prior|previous|written)\s+){0,2}(?:response|"
                                   r"determination|release|production|reply|answer)\b(?:\s+to\s+(?:your|the|this)\s+"
                                   r"(?:[\w-]+\s+){0,3}?request)?\s*,\s*(?:releasing|withholding|redacting|producing|"
                                   r"denying|providing|granting)\b", IC)
# What an earlier letter told the requester was withheld, recalled (with RECITAL's date or "previously") in a later one
# that answers again: "On August 27, 2026, this office informed you that the records were withheld in full under 5
# U.S.C. § 552(b)(7)(A)", "We previously advised you that we had withheld 12 pages under Exemption 5", "By letter dated
# May 4, 2026, the Bureau notified you that it was withholding the file under Exemption 7(A)" (not what this letter
# tells now: "We are informing you that the records are withheld", which has no earlier day).
EARLIER_WITHHOLDING_TOLD = re.compile(
    r"\b(?:informed|told|advised|notified)\s+you\b[^.;]{0,40}?\bthat\s+[^.;]{0,120}?(?:\b(?:were|was|had\s+been|"
    r"would\s+be|are|is)\s+(?:(?:being|all|both|properly|partially|partly)\s+)?(?:withheld|denied|redacted|exempt)\b|"
    r"\b(?:it|we|they|I|(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:office|agency|department|bureau|service|component|"
    r"unit|division))\s+(?:had\s+(?:withheld|denied|redacted)|(?:was|were|would\s+be)\s+withholding|would\s+"
    r"(?:withhold|deny|redact))\b)", IC)
# The office's first answer told as such, undone since by a court's order or a review (in a release made after it):
# "The Department initially withheld the records as records of an investigation under Government Code section
# 7923.600", "We originally denied the request under Exemption 7(A)", "the City at first redacted the reports under ..."
# (not what is withheld still: "The Department initially withheld, and continues to withhold, ...", nor records named
# by it: "the pages initially withheld are now released" has no office acting).
FIRST_WITHHOLDING_TOLD = re.compile(
    r"^(?![^.;]*\b(?:still|remains?|remained|continues?|continued)\b)[^;]*?"
    r"\b(?:we|I|it|they|(?:the|this|our|its)\s+(?:[\w-]+\s+){0,3}?(?:office|agency|department|bureau|service|"
    r"component|unit|division|city|county|district|board|commission|authority|sheriff|custodian)|(?-i:[A-Z]{2,}[\w&-]*))\s+"
    r"(?:had\s+)?(?:initially|originally|at\s+first|first)\s+(?:withheld|denied|redacted)\b", re.I)
# A review body's earlier decision recalled in the agency's own later letter: "On November 16, 2026, the Public Access
# Bureau ... issued a determination letter concluding that ISP improperly withheld the final report", "As you know, the
# Office of Information Policy previously issued a decision remanding your request" (the review's, not this letter's).
REVIEW_RECITED = re.compile(rf"(?:{DAY_OPENING}|{MEETING_OPENING}|\bpreviously\b|\bearlier\b)[^;]*?"
                            r"\b(?:issued|rendered|entered|sent)\s+"
                            r"(?:you\s+)?(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:determination|decision|opinion|"
                            r"order|ruling)s?(?:\s+letter)?\b|"
                            # ... or the review named with its day at the sentence's head, what it found after: "In a
                            # determination dated November 9, 2026, the Supervisor found that the Department had not
                            # met its burden ... and ordered the Department to provide you with the responsive records"
                            # (the agency's release after the Supervisor of Records)
                            r"^\s*in\s+(?:a|an|its|the|their|her|his)\s+(?:[\w-]+\s+){0,3}?(?:determination|decision|"
                            rf"opinion|order|ruling)\s+(?:dated|of|issued(?:\s+on)?)\s+{A_DATE}\s*,", IC)
# A recalled review's further findings, told on in the past: "The Council further found that the Custodian lawfully
# denied access to ...", "The Commission also concluded that ...", "It also ordered the City to ..." (the body in the
# third person; its own decision says "finds", "We also find").
# ... or what it found, told in the sentence right after the order is recalled: "As you know, on November 24, 2026, the
# Government Records Council ("GRC") issued its Interim Order ... The Council found that the Township's former Custodian
# unlawfully denied access ... and ordered the Custodian to disclose those records" (the custodian's release after it;
# the body named, its verb in the past; "it" or "they" only with "also" or "further").
REVIEW_TOLD_ON = re.compile(r"^\W*(?:(?:the\s+(?:[\w-]+\s+){0,3}?(?:council|commission|board|committee|counselor|court|"
                            r"ombudsman|supervisor|office)|it|they)\s+(?:also|further|additionally)|"
                            r"the\s+(?:[\w-]+\s+){0,3}?(?:council|commission|board|committee|counselor|court|ombudsman|"
                            r"supervisor))\s+(?:found|held|concluded|determined|ordered|ruled|directed)\b", IC)
# What an earlier letter did, recalled: "On September 4, 2026, the Department sent you a cost estimate of $85.00",
# "As we previously advised you, the fee is ..." (beside RECITAL's date or "previously").
# ... or what the office asked or wrote then: "By letter dated October 22, 2026, we asked you to tell us whether you
# would accept the estimated fee of $640.00" (not the requester's own asking: "On May 3, you asked for ...").
# ... or the estimate it gave then: "In our letter of November 24, 2026, we estimated that the fee ... would range from
# $140.00 to $180.00".
# A statement of the cost sent on an earlier day told inside the sentence rather than at its opening: "Because the
# charges ... were estimated to exceed $40.00, on November 20, 2026, the City sent you a written itemized statement of
# estimated charges in the amount of $186.40", "An itemized statement of $186.40 was mailed to you on November 20,
# 2026", "we e-mailed you a cost estimate of $85.00 on October 3, 2026" (the fee an earlier letter asked, recalled; not
# this letter's: "we are sending you today an estimate of $85.00", "the estimate sent with this letter").
_COST_SENT = (r"(?:[\w-]+\s+){0,5}?(?:estimate|statement|invoice|quote|bill|"
              r"notice\s+of\s+(?:the\s+)?(?:cost|fee|charge)s?)")
_SENT_VERB = r"(?:sent|mailed|e-?mailed|provided|issued|gave|furnished|forwarded|delivered)"
ESTIMATE_SENT_ON_DAY = re.compile(
    r"\bon\s+" + A_DATE + r"\s*,?\s+(?:the\s+(?:[\w.'\u2019-]+\s+){0,4}?|this\s+office\s+|we\s+|I\s+|it\s+)"
    r"(?:had\s+)?" + _SENT_VERB + r"\s+(?:to\s+)?you\s+(?:an?\s+|the\s+|its\s+|our\s+)?" + _COST_SENT + r"\b|"
    r"\b(?:an?|the|our|its)\s+" + _COST_SENT + r"\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:was|were|had\s+been)\s+"
    r"(?:sent|mailed|e-?mailed|provided|issued|given|furnished|forwarded|delivered)\s+to\s+you\s+on\s+" + A_DATE + r"|"
    r"\b(?:we\s+|I\s+|the\s+(?:[\w.'\u2019-]+\s+){0,4}?)(?:had\s+)?" + _SENT_VERB + r"\s+(?:to\s+)?you\s+"
    r"(?:an?\s+|the\s+|its\s+|our\s+)?" + _COST_SENT + r"\b(?:[^.;]|\.(?=\d)){0,100}?\bon\s+" + A_DATE, IC)
SENT_BEFORE = re.compile(r"\b(?:sent|provided|gave|given|issued|mailed|e-?mailed|notified|informed|advised|quoted|"
                         r"told)\b|(?<!\byou\s)\b(?:asked|wrote|explained)\b|\b(?:we|i)\s+(?:had\s+)?estimated\b|"
                         # ... or the office named, the verb taking a clause (never the adjective: "the estimated
                         # fee"): "In that letter, the Bureau estimated that the fees would be $640.00"
                         r"\bestimated\s+that\b", IC)
# A statement that nothing was held back: "no information was redacted", "without redaction".
# ... said of data, files or material as well as of records: "No data have been withheld or redacted".
# Redaction said not to make a record releasable, in a denial: "Redaction of the juveniles' names would not permit
# release.", "Redacting the names would not make the reports releasable", "The recordings cannot be released even with
# redactions", "Redaction is not feasible" (nothing was given with parts taken out).
REDACTION_WOULD_NOT_DO = re.compile(
    r"\bredact\w*\b[^.;]{0,80}?\b(?:would|could|will|can|does|do)\s*(?:not|n['\u2019]t)\s+(?:\w+\s+)?"
    r"(?:permit|allow|make|render|enable|cure|suffice|protect|be\s+(?:sufficient|enough|adequate|possible|feasible))\b|"
    r"\b(?:cannot|can\s*not|could\s+not|would\s+not|may\s+not)\s+be\s+(?:released|disclosed|provided|produced|made\s+"
    r"available)\s+(?:to\s+you\s+)?even\s+with\s+(?:\w+\s+){0,3}?redact|"
    r"\beven\s+with\s+(?:\w+\s+){0,3}?redact\w*\b[^.;]{0,40}?\b(?:cannot|can\s*not|could\s+not|would\s+not|may\s+not)\b|"
    r"\bredaction\s+(?:\w+\s+){0,3}?(?:is|was|would\s+be)\s+(?:not\s+(?:possible|feasible|practicable|practical|"
    r"sufficient|adequate)|insufficient|impossible|impracticable|impractical)\b|"
    # ... or the record said not to be redactable at all: "the video cannot be redacted with the equipment available",
    # "the recordings could not reasonably be redacted", "it is not possible to segregate the exempt portions" (not
    # "cannot be released without redaction", which releases in part)
    r"\b(?:cannot|can\s*not|could\s+not|can['\u2019]t|couldn['\u2019]t)\s+(?:\w+\s+)?be\s+(?:redacted|segregated)\b|"
    r"\b(?:not\s+(?:possible|feasible|practicable|practical)|impossible|impracticable)\s+(?:for\s+\w+\s+(?:\w+\s+)?)?"
    r"to\s+(?:redact|segregate)\b|"
    # ... or a redaction supposed only to be found wanting, in a condition: "the identities of the students would be
    # known even if the records were redacted", "would remain identifiable even if redacted", "even were the names
    # redacted" (a redaction imagined, none made)
    r"\beven\s+(?:if|when)\s+(?:(?:the|these|those|such|this|that|any|its|their|all)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:were|was|are|is|had\s+been|have\s+been|could\s+be|would\s+be|be)\s+(?:\w+\s+)?redacted\b|"
    r"\beven\s+(?:if|when)\s+redacted\b|\beven\s+were\s+(?:[\w'-]+\s+){1,4}?redacted\b", IC)
# A redaction only weighed, not made: the clause "whether" opens ("The Department has considered whether the exempt
# material could be redacted and the remainder released", "we reviewed whether any portion could be segregated"), read
# up to its comma so that what follows it still counts ("..., and have released the remainder with redactions").
WEIGHED_REDACTION = re.compile(r"\bwhether\b[^.;,]*", IC)
# ... and a redacted copy to be had elsewhere, not one sent: "a redacted version of the agreement ... was filed with the
# Postal Regulatory Commission and is available to the public on the Commission's website", "A redacted copy of the
# contract is posted on the county's procurement portal" (not "A redacted version of the report is enclosed").
# ... or said in the active voice, the office or another having published it to all: "CRCL published redacted versions
# of several of these memoranda in its reading room" (not "We have posted redacted versions ... for
# you to download").
REDACTED_ELSEWHERE = re.compile(
    r"^(?![^.;]*\b(?:enclosed|attached|herewith|to\s+you|we\s+(?:are|have)\s+(?:releas|provid|produc|disclos))\w*)"
    r"(?:[^.;]*\bredacted\s+(?:public\s+)?(?:versions?|cop(?:y|ies)|editions?)\b[^;]{0,160}?\b(?:was|is|has\s+been|are|"
    r"were|have\s+been)\s+(?:\w+\s+)?(?:filed\s+with|published|posted|available\s+(?:to\s+the\s+public|publicly|online|"
    r"on|at|from|through))"
    r"|(?![^.;]*\byour?\b)[^.;]*\b(?:published|posted|filed|placed)\s+(?:a\s+|the\s+)?redacted\s+(?:public\s+)?"
    r"(?:versions?|cop(?:y|ies)|editions?)\b[^.;]{0,120}?\b(?:in|on|with)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:reading\s+room|website|web\s+site|library|docket|portal)\b)",
    IC)
# Nothing withheld, said in the present: "No records are being withheld from you" (for the loose reading, which
# must not take it for a refusal; the strict one leaves a referral's "no records are being withheld by the
# Departmental Offices" to its referral).
NOTHING_BEING_WITHHELD = re.compile(r"\bno\s+(?:records|documents|pages|data|files|materials?|information)\s+"
                                    r"(?:are|is)\s+(?:being\s+)?(?:withheld|redacted)\b(?!\s+in\s+full)", IC)
NO_REDACTION = re.compile(r"\bno\s+(?:records|documents|pages|data|files|materials?)\s+"
                          r"(?:were|was|have\s+been|has\s+been)\s+"
                          r"(?:withheld|redacted)(?:\s+or\s+(?:withheld|redacted))?(?!\s+in\s+full)|"
                          r"\bno\s+(?:records|documents|pages|information)\s+or\s+portions?\s+(?:of\s+(?:the\s+)?"
                          r"(?:records|documents|pages)\s+)?(?:was|were|has\s+been|have\s+been)\s+(?:withheld|redacted)|"
                          # ... "no part of any record has been withheld or redacted"
                          r"no\s+(?:information|redactions?|material|portions?|parts?)\s+"
                          # ... "no information in them has been withheld or redacted"
                          r"(?:(?:of|in|from)\s+(?:(?:the|this|these|any|each|every)\s+\w+|them|it)\s+)?"
                          r"(?:was|were|has\s+been|have\s+been|is|are)\s+"
                          r"(?:being\s+)?"
                          r"(?:withheld|redacted|made)|without\s+(?:any\s+)?(?:redaction|excision|withholding|deletion)s?|"
                          # "nothing in it has been redacted", "nothing in the records was withheld"
                          r"nothing\s+(?:(?:in|from)\s+(?:it|them|the\s+\w+|these\s+\w+|those\s+\w+)\s+)?"
                          r"(?:was|has\s+been|is|is\s+being)\s+(?:withheld|redacted)|"
                          # "These pages are not redacted", "the records have not been redacted in any way" (not "the
                          # records are not redacted in full", nor a part: "are not redacted, but the addresses are")
                          r"\b(?:the|these|those|all|such|they)\s+(?:(?:responsive|released|enclosed)\s+)?"
                          r"(?:records|pages|documents|files|materials)?\s*(?:are|were|have|has)\s+not\s+(?:been\s+)?"
                          r"(?:redacted|withheld)\b(?!\s+in\s+full)(?![^.;]{0,40}\b(?:but|except|other\s+than)\b)|"
                          # "None of the information has been redacted", "none of the records were withheld"
                          r"\bnone\s+of\s+(?:the|this|these|that|those|its|their)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:redacted|withheld)\b(?!\s+in\s+full)|"
                          # ... the records a clause before named: "We located 4 pages; none were withheld", "none of
                          # them has been redacted" (not "none were withheld in full", which leaves parts)
                          r"\bnone\s+(?:of\s+(?:them|it)\s+)?(?:has|have|was|were|is|are)\s+(?:been\s+)?"
                          r"(?:redacted|withheld)\b(?!\s+in\s+full)|"
                          # ... or "not one": "We located 24 pages of records, and not one has been redacted", "not a
                          # single page was withheld"
                          r"\bnot\s+(?:a\s+single|one)(?:\s+(?:page|record|document|line|word))?(?:\s+of\s+(?:them|it|the\s+"
                          r"\w+|these\s+\w+|those\s+\w+))?\s+(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:redacted|withheld)"
                          r"\b(?!\s+in\s+full)", IC)

# An estimate an earlier letter gave, named as such just before its amount: "Your earlier estimate of $85.00", "the
# original estimate was $120.00", "our previous cost estimate, $40.00," (not "revised to $80.00" after it).
ESTIMATE_RECALLED = re.compile(r"\b(?:earlier|previous|prior|original|initial|first)\s+(?:fee\s+|cost\s+)?estimate\s*"
                               r"(?:of|was|is|,|:|\()?\s*$|"
                               # an estimate told in the past tense, recalled from an earlier statement: "The estimated
                               # charges totaled $486.40", "the estimated fees were $120.00", "the estimate came to
                               # $85.00" (not "The estimated charges total $486.40")
                               r"\bestimat\w*\s+(?:[\w-]+\s+){0,2}?(?:total(?:l)?ed|was|were|came\s+to|"
                               r"amounted\s+to)\s*$", IC)

# A denial of everything found: "are withheld in their entirety", "denied in full".
WITHHELD_ENTIRELY = re.compile(r"(?:withh(?:eld|old|olding)|denied|exempt\w*)\s+(?:\w+\s+){0,8}?"
                               r"(?:in\s+(?:full|(?:their|its)\s+entirety)|entirely)", IC)
# ... said of all the records found: "The records are therefore withheld in their entirety", "All of these documents
# are withheld in full" (not one record among them: "The autopsy report is withheld in full").
# ... or by the pronoun that takes them up, however written: "They're withheld in their entirety under 5 U.S.C. §
# 552(b)(7)(E)", "They are all withheld in full".
ALL_WITHHELD_ENTIRELY = re.compile(r"^\W*(?:(?:(?:all\s+(?:of\s+)?)?(?:the|these|those|such)|all)\s+(?:responsive\s+)?"
                                   r"(?:records|pages|documents|files|materials)\s+(?:\w+\s+){0,3}?|they(?='re\b|\s))"
                                   r"(?:'re\s+|\s*(?:are|were|have\s+been|will\s+be)\s+)(?:\w+\s+){0,2}?(?:withheld|exempt)\s+"
                                   r"(?:\w+\s+){0,2}?(?:in\s+(?:full|(?:their|its)\s+entirety)|entirely)\b|"
                                   # ... or not going out, with the reason: "They aren't being released because
                                   # they're exempt under Exemption 7(A)"
                                   r"^\W*(?:they|(?:all\s+(?:of\s+)?)?(?:the|these|those)\s+(?:responsive\s+)?(?:records|"
                                   r"pages|documents|files))\s+" + NOT_BEING_RELEASED_FOR, IC)

# A new date instead of the one given before: "the Department is unable to respond by the date previously
# provided", and Texas's "The District cannot produce the requested information within ten business days" (an
# extension that says no number of days).
# ... in other verbs and other words for the inability: "The Department cannot furnish the records within ten business
# days", "we will not be able to fulfill your request within the 10 days", "the Office is not able to comply within five
# business days".
# A new estimate of the day the work is done, as a status letter gives it: "The new estimated date of completion is
# March 31, 2027", "Your revised estimated completion date is February 1, 2027".
# The law's days recited beside the more time it lets an office take: Delaware's "a public body shall respond ... within
# 15 business days after the receipt thereof, either by providing access to the requested records, denying access ...,
# or by advising that additional time is needed" (29 Del. C. § 10003(h)(1)). An office that then says it requires
# additional time takes that time beyond the law's days, whatever estimate follows; New York's acknowledgement with its
# approximate date names no days of the law.
LAWS_DAYS_AND_MORE_TIME = re.compile(r"\bwithin\s+(?:\S+\s+){1,3}?(?:business\s+|working\s+|calendar\s+)?days\b"
                                     r"(?=.*\b(?:additional|more|further)\s+time\s+(?:is\s+|will\s+be\s+|may\s+be\s+)?"
                                     r"(?:needed|required|necessary)\b)", IC)
NEW_ESTIMATED_DATE = re.compile(r"\b(?:new|revised|updated)\s+(?:estimated|anticipated|projected|expected|target)\s+"
                                r"(?:date\s+of\s+completion|completion\s+date|response\s+date|date)\b", IC)
NEW_DATE = re.compile(r"(?:unable\s+to|cannot|can\s+not|(?:will|are|is|am)\s+not\s+(?:be\s+)?able\s+to)\s+"
                      r"(?:produce|provide|respond|furnish|fulfill|fulfil|comply|supply|deliver|complete|answer)\s+"
                      r"(?:\w+\s+){0,4}?within\s+"
                      r"(?:\S+\s+){1,3}?(?:business\s+|working\s+|calendar\s+)?days|"
                      # ... New York's words for the second delay, Public Officers Law § 89(3)(a): "the MTA is unable to
                      # grant or deny your request within twenty business days of the date of its acknowledgement" (the
                      # date certain to follow; not the five business days an acknowledgement gives as the reason for
                      # its approximate date: "the Department is unable to grant or deny your request within five
                      # business days")
                      r"(?:unable\s+to|cannot|can\s+not|(?:will|are|is|am)\s+not\s+(?:be\s+)?able\s+to)\s+"
                      r"grant(?:\s+or\s+deny)?\s+(?:\w+\s+){0,4}?within\s+(?:twenty|20)\s+(?:\(20\)\s+)?"
                      r"(?:additional\s+)?business\s+days"
                      # (not the twenty days counted from the letter itself, an acknowledgement: "the Department will be
                      # unable to grant or deny your request within twenty business days of this acknowledgment" goes
                      # with the approximate date § 89(3)(a) has the acknowledgement give, not a second delay)
                      r"(?!\s+(?:of|from|after)\s+(?:the\s+date\s+of\s+)?this\s+acknowledge?ment\b)|"
                      # ... and in the passive, as a Texas certification of delay says it: "the information you
                      # requested cannot be produced within ten (10) business days"
                      # ... a manner said between: Nebraska's "the entire request cannot with reasonable good faith
                      # efforts be fulfilled within four business days after actual receipt" (Neb. Rev. Stat.
                      # § 84-712(4))
                      r"(?:cannot|can\s+not|could\s+not|will\s+not)\s+(?:(?:with|by|through|using)\s+(?:[\w-]+\s+){1,4}?)?"
                      r"be\s+(?:produced|provided|furnished|fulfilled|"
                      r"supplied|delivered|completed|made\s+available)\s+(?:\w+\s+){0,4}?within\s+"
                      r"(?:\S+\s+){1,3}?(?:business\s+|working\s+|calendar\s+)?days|"
                      # ... or within the time the law allows, named by its section: Oregon's statement that the body
                      # is still processing, "ODHS ... is not able to complete its response within the time allowed by
                      # ORS 192.329(2)", "we cannot respond within the period required by RCW ..."
                      r"(?:unable\s+to|cannot|can\s+not|(?:will|are|is|am)\s+not\s+(?:be\s+)?able\s+to)\s+"
                      r"(?:produce|provide|respond|furnish|fulfill|fulfil|comply|supply|deliver|complete|answer)\s+"
                      r"(?:\w+\s+){0,4}?within\s+the\s+(?:time|period|deadline|timeline|time\s+(?:frame|limit|period))\s+"
                      r"(?:allowed|permitted|required|provided|set|established|prescribed)\s+(?:by|under|in)\b|"
                      # ... or within the statute's time named as such: the NSA's "we will be unable to respond within
                      # the statutory time period", "cannot respond within the FOIA's statutory deadline", "are not able
                      # to complete it within the statutory time limits" (not what may happen: "we may be unable to
                      # complete it within the statutory time limit"; nor a delay past, the answer now given and the
                      # fees it costs the office: HHS's "we were unable to respond within the statutory time frame;
                      # therefore, no fees are being charged")
                      r"(?<!\bmay\sbe\s)(?<!\bmight\sbe\s)(?<!\bcould\sbe\s)(?<!\bwere\s)(?<!\bwas\s)"
                      r"(?:unable\s+to|cannot|can\s+not|(?:will|are|is|am)\s+not\s+(?:be\s+)?able\s+to)\s+"
                      r"(?:produce|provide|respond|furnish|fulfill|fulfil|comply|supply|deliver|complete|answer)\s+"
                      r"(?:\w+\s+){0,4}?within\s+(?:the\s+)?(?:(?:FOIA|Act|law)(?:'|\u2019)s\s+)?(?:\d+-day\s+)?statutory\s+"
                      r"(?:time\s+(?:period|limits?|frame)|period|deadline|response\s+(?:time|period|deadline)|timeline)\b|"
                      # ... or by the law's last day, counted: Mississippi's "MDOC is unable to produce the requested
                      # records by the seventh working day after your request was received", "cannot respond by the
                      # fifth business day"
                      r"(?:unable\s+to|cannot|can\s+not|(?:will|are|is|am)\s+not\s+(?:be\s+)?able\s+to)\s+"
                      r"(?:produce|provide|respond|furnish|fulfill|fulfil|comply|supply|deliver|complete|answer)\s+"
                      r"(?:\w+\s+){0,4}?by\s+the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                      r"tenth|eleventh|twelfth|fourteenth|fifteenth|twentieth|thirtieth|\d{1,2}(?:st|nd|rd|th))\s+"
                      r"(?:\(\d{1,2}(?:st|nd|rd|th)?\)\s+)?)(?:business\s+|working\s+|calendar\s+)?day\b|"
                      r"(?:unable\s+to|cannot|can\s+not|(?:will|are|is)\s+not\s+(?:be\s+)?able\s+to)\s+(?:\w+\s+){0,4}?"
                      r"(?:by|within|meet)\s+(?:\w+\s+){0,3}?(?:date|deadline|time\s+(?:frame|limit|period))\s+"
                      r"(?:\w+\s+){0,2}?(?:previously|originally|initially|earlier)\b|"
                      # ... or the date estimated before, named as such: "We were unable to complete the processing of
                      # your request by the previously estimated date of completion", "we will not be able to meet the
                      # original estimated completion date" (not a date with nothing to say it was given before)
                      r"(?:unable\s+to|cannot|can\s+not|could\s+not|(?:will|are|were|was|is|am)\s+not\s+(?:be\s+)?"
                      r"able\s+to)\s+(?:\w+\s+){0,6}?(?:by|meet)\s+(?:the\s+|our\s+|its\s+|your\s+)?"
                      r"(?:previously|originally|original|initially|initial|earlier|prior)\s+"
                      r"(?:(?:given|provided|stated|estimated|anticipated|projected|target|expected)\s+){0,2}"
                      r"(?:date\s+of\s+completion|completion\s+date|response\s+date|due\s+date|date|deadline)\b|"
                      # ... or named as the one the office gave before, in a clause after it: "we weren't able to
                      # finish by the estimated completion date we gave you earlier", "we could not meet the estimated
                      # date of completion that we provided in our acknowledgment"
                      r"(?:unable\s+to|cannot|can\s+not|could\s+not|(?:will|are|were|was|is|am)\s+not\s+(?:be\s+)?"
                      r"able\s+to)\s+(?:\w+\s+){0,6}?(?:by|meet)\s+(?:the\s+|our\s+|its\s+|your\s+)"
                      r"(?:estimated|anticipated|projected|target|expected)\s+(?:date\s+of\s+completion|completion\s+date|"
                      r"response\s+date|date)\s+(?:that\s+|which\s+)?(?:we|I|it|this\s+office|the\s+[\w-]+)\s+"
                      r"(?:had\s+|have\s+|previously\s+)?(?:gave|given|provided|sent|quoted|shared|set)\b"
                      r"(?:\s+you)?(?:\s+(?:earlier|before|previously|initially|originally|in\s+(?:our|its|the)\s+"
                      r"(?:\w+\s+){0,2}?(?:letter|e-?mail|acknowledg(?:e)?ment|notice)))?", IC)

# The extension provisions themselves: "Under Section 902(b) of the RTKL, 65 P.S. § 67.902(b), ... a response will be
# provided within thirty (30) days" takes the extension the section allows.
EXTENSION_STATUTE = re.compile(r"67\.902|\bsection\s+902\b|552\s*\(a\)\s*\(6\)\s*\(B\)|7922\.535\s*\(b\)|140/3\s*\(e\)",
                               IC)
# A state's provision for putting the records off to a day the office names, cited beside that day: Kentucky's KRS
# 61.872(5) ("Pursuant to KRS 61.872(5), the Cabinet will make the records available to you on or before December 14,
# 2026"), Nebraska's § 84-712(4), Texas's § 552.221(d) (the date and hour set when the records cannot be produced
# within ten business days).
# ... Louisiana's La. R.S. 44:33(B) (the custodian certifies the record is not immediately available and fixes a day
# and hour) and Arkansas's Ark. Code Ann. § 25-19-105(e) (records in active use or storage, a date and hour set).
# ... and Iowa's Iowa Code § 22.8(4)(d), the good-faith, reasonable delay to determine whether a record is confidential
# ("As permitted by Iowa Code § 22.8(4)(d), the Department will need up to ten (10) business days to ...").
# ... and New Mexico's NMSA 1978, § 14-2-10, the additional reasonable period allowed for a request that is excessively
# burdensome or broad ("Pursuant to NMSA 1978, Section 14-2-10, an additional reasonable period of time is required to
# comply with your request", "Section 14-2-10 NMSA 1978").
DELAY_STATUTE = re.compile(r"\bKRS\s+61\.872\s*\(5\)|\b84-712\s*\(4\)|\b552\.221\s*\(d\)|\b44:33\s*\(B\)|"
                           r"\b25-19-105\s*\(e\)|\b22\.8\s*\(4\)|(?<![\d-])14-2-10\b(?!-)", IC)
# The days such a provision's delay takes, said beside it: "the Department will need up to ten (10) business days to
# determine whether ...", "the City requires 15 working days", "the delay will take no more than ten business days"
# (never the requester's: "you will need ... days").
DELAY_DAYS = re.compile(rf"(?<!\byou\s)\b(?:will\s+(?:need|require|take)|needs|requires|(?:must|shall)\s+take)\s+"
                        rf"(?:up\s+to\s+|(?:not|no)\s+more\s+than\s+|an?\s+)?(?:additional\s+|further\s+)?"
                        rf"(?P<n>{COUNT})\s+(?:\(\d+\)\s+)?(?:(?:working|business|calendar)\s+)?days\b", IC)
# The records said not to be available now, as those provisions put it: "the custodian certifies that the records you
# requested are not immediately available", "the records you requested are in active use, in storage, or not
# otherwise available" (never records in general: "records in storage may take longer").
# ... or in the last of the law's three words alone: "The records you have requested are not otherwise available within
# five days."
NOT_AVAILABLE_NOW = re.compile(r"\b(?:the|these|those|such|your)\s+(?:requested\s+)?(?:public\s+)?records?\b"
                               r"(?:\s+(?:that\s+)?you\s+(?:have\s+)?requested)?\s+(?:are|is)\s+(?:currently\s+|presently\s+)?"
                               r"(?:not\s+(?:immediately|otherwise)\s+available|in\s+active\s+use|in\s+storage)\b", IC)
# ... but Missouri's three-business-day answer, RSMo 610.023.3, is the law's first answer, not a delay of it: the
# custodian who does not grant access at once explains the cause and names "the earliest time and date that the record
# will be available" (logged as an acknowledgement with that day, as "For these reasons, the records are not
# immediately available. We anticipate that responsive records will be available on or before December 18, 2026.").
THREE_DAY_ANSWER_LAW = re.compile(r"(?<![\d.])610\.023(?:\.3|\s*\(3\))?(?![\d.]*\d)", IC)
# The day an office names said to fall within the law's own time, which is no delay: Wyoming's "The Department
# estimates that the records will be available on or before December 23, 2026, which is within thirty (30) calendar days
# of receipt of your request as provided in Wyo. Stat. § 16-4-202(d)(i)", "well within the time allowed by law", "within
# the thirty days the Act allows", or the law's time restated beside it: "the Department has thirty (30) days from
# receipt to respond", "the statute gives the agency 30 calendar days to produce the records" (never a day beyond it:
# "cannot be produced within the five days the law allows", "more than the thirty days the statute provides", which
# callers check in the words before).
_LAW = (r"(?:(?:the|this|our|its)\s+)?(?:law|statute|act|code|rules?|regulations?|(?:[A-Z][\w.'\u2019]*\s+){1,4}"
        r"(?:Act|Law|Code|Stat\.?|Statutes?))")
_LAWS_DAYS = rf"(?:{COUNT})\s+(?:\(\d+\)\s+)?(?:(?:calendar|business|working)\s+)?days"
WITHIN_LAWS_TIME = re.compile(
    rf"\bwithin\s+(?:the\s+)?(?:(?:statutory|statute's|law's)\s+)?{_LAWS_DAYS}\b[^.;]{{0,80}}?\b(?:as\s+)?"
    r"(?:provided|allowed|permitted|required|set\s+(?:out|forth)?|prescribed|specified)\s+(?:in|by|under)\b|"
    r"\bwithin\s+(?:the\s+)?(?:(?:time|period|deadline|time\s*frame|time\s+limit)\s+)?(?:statutory|legal)\s+"
    r"(?:time|period|deadline|time\s*frame|time\s+limit)\b|"
    r"\bwithin\s+the\s+(?:time|period|deadline|time\s*frame|time\s+limit)\s+(?:that\s+)?(?:(?:is\s+)?"
    r"(?:provided|allowed|permitted|required|set|prescribed)\s+(?:in|by|under)\b|" + _LAW + r"\s+"
    r"(?:allows?|provides?|permits?|requires?|sets?))|"
    rf"\bwithin\s+the\s+{_LAWS_DAYS}\s+(?:that\s+)?{_LAW}\s+(?:allows?|provides?|permits?|requires?|gives?|sets?)\b|"
    rf"\b(?:has|have)\s+(?:up\s+to\s+)?{_LAWS_DAYS}\s+(?:(?:from|after|of|following)\s+[^.;]{{0,60}}?\s+)?to\s+"
    r"(?:respond|reply|answer|produce|release|provide|make|furnish|comply)\b|"
    rf"\b{_LAW}\s+(?:allows?|gives?|provides?|affords?)\s+(?:(?:the|an?|this|our|each)\s+)?(?:[\w'\u2019]+\s+){{0,3}}?"
    rf"(?:up\s+to\s+)?{_LAWS_DAYS}\s+(?:(?:from|after|of|following)\s+[^.;]{{0,60}}?\s+)?(?:to|in\s+which\s+to)\s+"
    r"(?:respond|reply|answer|produce|release|provide|make|furnish|comply)\b", IC)
# The answer a count of days is about: "expects to respond to your request within thirty (30) calendar days", "a
# response will be provided within 30 days", "a final determination will issue within ..."
RESPOND_WORD = re.compile(r"\b(?:respond\w*|response|reply|answer|determination|decision)\b", IC)
# The answer said under that provision to be put off, without the word "extension": "Under Section 902 of the RTKL,
# 65 P.S. § 67.902, the City is notifying you that your request is being reviewed and that the City's response will be
# delayed for the following reasons:", "the Department's final response to your request will be delayed" (never one
# that only may be: "your response may be delayed", "if the response will be delayed").
RESPONSE_DELAYED = re.compile(r"\b(?:response|reply|answer|determination|decision)\s+(?:to\s+(?:your|the|this)\s+"
                              r"request\s+)?(?:will|is\s+going\s+to)\s+be\s+delayed\b", IC)
EXTENSION_STATUTE_DAYS = re.compile(rf"\bwithin\s+(?P<n>{COUNT})\s+(?:additional\s+)?(?:(?:working|business|"
                                    r"calendar)\s+)?days", IC)
# "more than ten additional working days": no number of days to log.
# How releases are made in general is no release: "Please note that records are produced on a rolling basis",
# "records are usually provided in installments as they are reviewed" (a sentence that counts pages still may be one).
# What an office's rule or policy gives the public, some records of a kind, is no release to the requester: "Under IMPD
# General Order 9.3, certain critical incident video is released to the public within the time stated in that order",
# "such recordings are routinely made available to the public" (not "The report is released to you").
RELEASED_TO_PUBLIC = re.compile(r"\b(?:certain|some|such)\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+(?:generally\s+|usually\s+|"
                                r"routinely\s+|typically\s+|normally\s+)?(?:released|made\s+available|made\s+public|"
                                r"published|posted)\s+to\s+the\s+public\b", IC)
# Where records of a kind may already be found by the public, told beside the office's practice of putting them
# there, sends nothing to the requester: "the staff's comment letters ... are released on the Commission's EDGAR
# system after the review is complete, and some of the records you requested may already be available there", "Final
# audit reports are posted on the Inspector General's website; the report you seek may be publicly available there"
# (not a release said made to the requester beside it: "The report is enclosed; earlier reports may already be
# available on our website", "are released to you").
MAY_BE_PUBLIC_ALREADY = re.compile(r"\bmay\s+(?:already\s+)?be\s+(?:publicly\s+|freely\s+)?available\b"
                                   r"(?!\s+to\s+you)", IC)
RELEASED_TO_REQUESTER = re.compile(r"\b(?:to\s+you|enclos\w*|attach\w*|herewith|today|now|releasing|providing)\b", IC)
# The way records go out told only as the ground of a fee's rate is no release: "Because records are released to you
# electronically, duplication fees are assessed at $15.00 for each release of up to 500 pages", "Since records are
# provided on CD, copying costs are charged at $5.00 per disc" (not the fee waived for them: "Because the records are
# provided electronically, no fee is charged").
RELEASE_AS_FEE_BASIS = re.compile(r"^\W*(?:because|since|as|when|where)\s+(?:the\s+)?(?:records|documents|copies)\s+"
                                  r"(?:are|will\s+be)\s+(?:released|provided|produced|sent|delivered)\b[^,;]{0,60},\s+"
                                  r"(?!no\b)(?:[\w-]+\s+){0,3}?(?:fees?|charges?|costs?)\s+(?:are|is|will\s+be)\s+"
                                  r"(?:assessed|charged|calculated|computed|billed)\s+(?:at\s+(?:a\s+rate\s+of\s+)?\$|"
                                  r"per\b|for\s+each\b)", IC)
RELEASE_PRACTICE = re.compile(r"\b(?:are|is)\s+(?:generally\s+|usually\s+|typically\s+|normally\s+|often\s+)?"
                              r"(?:released|produced|provided|made\s+available|sent)\s+(?:to\s+(?:you|requesters)\s+)?"
                              r"(?:on\s+a\s+rolling\s+basis|in\s+(?:installments|batches|stages)|as\s+(?:they|it)\s+"
                              r"(?:are|is|becomes?)\b)", IC)
# What copies cost, said in general, is no release: "Copies of electronic records are provided at no charge."
# ... records of a kind, no article before them: "Electronic records are provided at no cost; paper copies are $0.25
# per page" (not "The records are provided at no cost", those records).
# ... of a kind named by other words ("Administrative records are provided electronically at no charge", a court's GR
# 31.1 letter), and sent by a way said between (never those records: "The records", "Your records", "These records").
# ... the way they go out said after the noun, and the price's own condition after it: "Records provided
# electronically are provided without charge unless their preparation requires more than two hours of employee time"
# (New York's Public Officers Law § 87(1)(c)).
# ... or by the office's portal, free under a threshold: "Electronic records provided through the Public Records Center
# portal are provided without charge when the total cost is less than $2.00."
COPIES_FREE = re.compile(r"^\W*(?:(?!(?:the|these|those|this|your|its|their|our|all|such|any|some)\b)"
                         r"[A-Za-z-]+\s+){0,2}?"
                         r"(?:copies|records|documents)\s+"
                         r"(?:(?:provided|sent|produced|delivered|furnished)\s+(?:electronically|digitally|by\s+e-?mail|"
                         r"in\s+electronic\s+form(?:at)?|(?:through|via|on|from)\s+(?:the\s+|our\s+|an?\s+)?"
                         r"(?:[\w'\u2019-]+\s+){0,4}?(?:portal|website|web\s+site|system))\s+)?"
                         r"(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:are|will\s+be)\s+"
                         r"(?:provided|made\s+available|furnished)\s+(?:(?:electronically|digitally|by\s+e-?mail|"
                         r"in\s+electronic\s+form(?:at)?)\s+)?"
                         r"(?:at\s+no\s+(?:charge|cost)|free\s+of\s+charge|"
                         r"without\s+charge)"
                         # ... the way they go out said after the price: "Electronic records are provided at no charge
                         # through the portal"
                         r"(?:\s+(?:through|via|on|from|by)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
                         r"(?:portal|website|web\s+site|system|e-?mail))?"
                         r"(?:\W*$|\s*;|,?\s+(?:unless|except|if|when|whenever|provided\s+that)\b)|"
                         # ... or at the price a page the law sets: "Copies of public records are provided at a cost of
                         # $0.25 per page in accordance with Conn. Gen. Stat. § 1-212" (not "Copies of the 40 pages are
                         # provided at a cost of $10.00": those pages go out); or a price for each other unit the fee
                         # schedule counts: "Copies of video recordings are provided at a cost of $18.00 per incident",
                         # "Copies of audio recordings are provided for $5.00 per disc"
                         # ... records of a kind too, and the rule that sets the price said first: "Under WAC
                         # 504-45-070 and the University's fee schedule, electronic records are provided at $0.10 per
                         # gigabyte" (not "Under RCW 42.56, the records are provided at $0.10 per page": those records)
                         r"^\W*(?:(?:under|pursuant\s+to|in\s+accordance\s+with|per)\s+(?:[^.;,]|\.(?=\d)){1,120},\s+)?"
                         r"(?:electronic\s+|paper\s+|scanned\s+(?:paper\s+)?)?(?:copies|records)\s+"
                         r"(?:of\s+(?:[A-Za-z-]+\s+){0,3}?)?(?:are|will\s+be|"
                         r"can\s+be|may\s+be)\s+(?:provided|made\s+available|furnished|supplied)\s+(?:at\s+(?:a\s+)?"
                         r"(?:cost|charge|fee|rate|price)\s+of\s+|for\s+(?:a\s+fee\s+of\s+)?|at\s+)\$\s?(?:\d+(?:\.\d+)?|\.\d+)\s+"
                         r"(?:per|a|for\s+each)\s+(?:page|incident|dis[ck]|dvd|cd(?:-rom)?|recording|video|copy|file|"
                         r"item|report|photo(?:graph)?|(?:flash|usb|thumb)\s+drive|device|event|case|gigabyte|megabyte|"
                         r"[gm]b|minute|hour|e-?mail|attachment)\b", IC)
# A fee schedule's allowance is no release: "charged ... after the first two hours of search and the first 100 pages,
# which are provided free of charge".
# ... nor one that gives none free to a category of requester: "no search time or pages are provided free of charge",
# "no pages of duplication are furnished without charge to commercial use requesters".
FEE_ALLOWANCE = re.compile(r"\bfirst\s+(?:\S+\s+){0,3}(?:pages|hours?)\b[^.;]{0,80}?(?:free|no\s+(?:cost|charge)|"
                           r"without\s+charge)|(?:free|no\s+(?:cost|charge)|without\s+charge)[^.;]{0,40}?\bfirst\s+(?:\S+\s+){0,3}"
                           r"(?:pages|hours?)\b|"
                           r"\bno\s+(?:[\w-]+\s+){0,3}?(?:pages|hours?|time)\s+(?:of\s+[\w-]+\s+)?(?:are|is|will\s+be)\s+"
                           r"(?:provided|furnished|given)\s+(?:free\s+of\s+charge|without\s+(?:any\s+)?charge|at\s+no\s+"
                           r"(?:cost|charge)|free)\b", IC)
# ... but "not more than 10 business days" is the time taken, as "up to" is.
# ... and the statute's own days named as the ones exceeded: "beyond the ten additional days provided by the statute",
# "more than the ten extra days".
# ... and the days exceeded are the law's limit, not the days taken: "more than the statutory 20 working days",
# "beyond the usual twenty days", "beyond the additional ten days the statute provides".
NOT_EXACT = re.compile(r"(?:(?<!not\s)(?<!no\s)more\s+than|over|at\s+least|in\s+excess\s+of|beyond)\s*(?:the\s+)?"
                       r"(?:(?:statutory|statute's|law's|usual|normal|standard|ordinary|regular|original|initial|"
                       r"additional|extra)\s+)?$",
                       IC)

# Records the law does not reach: "court records, which are not subject to the FOIA" (neither released nor
# withheld under an exemption).
NOT_SUBJECT = re.compile(r"\bnot\s+subject\s+to\s+the\s+(?:FOIA|Freedom\s+of\s+Information\s+Act)|"
                         r"\bnot\s+agenc(?:y|ies)\s+(?:under|subject\s+to|for\s+purposes\s+of)\s+the\s+"
                         r"(?:FOIA|Freedom\s+of\s+Information\s+Act)", IC)

# A final determination still to come is not this letter's: "We will notify you of your right to appeal ... when we
# issue our final determination", "your appeal rights will be provided with our final response".
# The label of a date printed at a letter's foot: "Date: May 4th, 2026", "Dated: August 6, 2026", "Date signed:
# November 5, 2026", "Signed on: ...", "Date of issue: ...".
# A form's field that dates the response itself, its label just before the date (after the line's start or another
# field): "Date of response: November 25, 2026", "Response date: 11/30/2026", "Date of this Notice:", "Date of
# Custodian Response:" (not "Expected date of final response:", "Date request received:", "Date of final response:").
RESPONSE_DATE_FIELD = re.compile(r"(?:^|(?<=\s))(?<!expected\s)(?<!estimated\s)(?<!anticipated\s)(?<!projected\s)"
                                 r"(?<!target\s)(?<!due\s)(?<!new\s)(?<!revised\s)(?<!extended\s)"
                                 r"(?:date\s+of\s+(?:this\s+|the\s+)?(?:(?!final\b|extended\b|expected\b|due\b)"
                                 r"[\w'\u2019-]+\s+)?(?:response|notice|letter|reply|certification|determination|decision)|"
                                 r"(?:response|notice|letter|reply|certification|determination|decision)\s+date)"
                                 r"\s*:\s*$", IC)
# The header of a form's table column that holds the response's date, a field's label with its colon: "Date:",
# "Response Date:" (not a records table's "Date" column: "| Document | Date | Pages |").
DATE_COLUMN_HEAD = re.compile(r"(?:(?:response|letter|issue)\s+)?date(?:\s+of\s+(?:response|letter|issue))?\s*:", IC)
# A form's edition printed with its name, no date of the letter: "NRC FORM 464 Part I (09-25-2024)", "DD Form 2086
# (Rev. 05/2022)", "Form FOIA-1 (rev. 3/15/2024)".
FORM_EDITION = re.compile(r"\bform\b[^|()]{0,40}\(\s*(?:rev(?:ised|\.)?\s*|ed(?:ition|\.)?\s*)?[\d/.-]{4,10}\s*\)", IC)
# ... or set on the line beneath the name, by itself: "NRC FORM 464 Part I <wide gap> U.S. NUCLEAR REGULATORY
# COMMISSION" over "(09-25-2024)"; the edition alone in brackets, and a form's name with its number on the line above.
EDITION_ALONE = re.compile(r"\(\s*(?:rev(?:ised|\.)?\s*|ed(?:ition|\.)?\s*)?[\d/.-]{4,10}\s*\)", IC)
FORM_NAME = re.compile(r"\bform\s+(?:no\.?\s*)?[A-Z]{0,6}-?\d", IC)
FOOT_DATE_LABEL = (r"(?:dated?|date\s+(?:signed|issued|sent|mailed|of\s+(?:signature|issue|this\s+letter))|"
                   r"signed(?:\s+on)?|issued(?:\s+on)?)\s*:\s*|dated\s+(?:this\s+)?")
FINAL_LATER = re.compile(r"\bfinal\s+(?:determination|decision|response)\s+(?:due\b|deadline\b|(?:is|will\s+be)\s+"
                         r"(?:due|issued|sent|mailed|provided)\b)|"
                         # ... the requester to receive it: "You will receive the final response once processing of
                         # the remaining records is complete", "you will be sent our final determination" (not "You
                         # have received the final response")
                         r"\byou\s+will\s+(?:then\s+|also\s+)?(?:receive|be\s+(?:sent|given|provided|issued))\s+"
                         r"(?:our|the|its|a|my)\s+final\s+(?:response|determination|decision|release|letter|action)\b|"
                         # The last one still to come: "The request remains open until the final installment is
                         # released", "once the final production has been made"
                         r"\b(?:until|when|once|after|before)\s+(?:the|our|its|a|your)\s+final\s+(?:installment|release|"
                         r"production|response|determination|letter|batch)\s+(?:is|has\s+been|have\s+been|are|will\s+be)\b|"
                         # ... or the office to make it, named before it: "you may appeal the withholdings made in it
                         # now or wait until the OIG has made its final response", "once we issue our final
                         # determination" (not this letter: "This is our final response")
                         r"\b(?:until|till|when|once|after|before)\s+(?:[\w.'-]+\s+){1,4}?(?:(?:has|have|had|will\s+"
                         r"have)\s+)?(?:made|make|makes|issued|issue|issues|sent|send|sends|provided|provide|provides)\s+"
                         r"(?:its|our|their|a|the|my)\s+final\s+(?:response|determination|decision|release|installment|"
                         r"production|letter)\b|"
                         # ... or the last one foretold: "WSP anticipates that the third and final installment,
                         # consisting of the remaining records, will be available on or before January 29, 2027", "The
                         # final production is expected to be made in March" (not this one: "This is the final
                         # installment, which will be available for 30 days")
                         r"^(?![^.;]*\bthis\s+(?:is|letter|e-?mail|response)\b)[^.;]*?\b(?:the|our|its|a|your)\s+"
                         r"(?:\w+\s+and\s+)?final\s+(?:installment|release|production|batch|tranche)\b[^.;]{0,200}?"
                         r"\b(?:will|should|is\s+expected\s+to|is\s+anticipated\s+to)\s+be\s+(?:made\s+)?"
                         r"(?:available|provided|released|produced|sent|made|ready|posted|issued)\b|"
                         # ... or the last one foretold as the office's own act to come: "We anticipate providing
                         # the second and final installment on or before January 22, 2027", "The Department expects to
                         # release the final production in March" (not one made now: "We are providing the second and
                         # final installment")
                         r"\b(?:anticipates?|expects?|plans?|intends?|hopes?)\s+(?:to\s+)?(?:provid|releas|produc|"
                         r"send|issu|mak|deliver)\w*\s+(?:to\s+you\s+|you\s+(?:with\s+)?)?(?:the|our|its|a|your)\s+"
                         r"(?:\w+\s+and\s+)?final\s+(?:installment|release|production|batch|tranche)\b|"
                         # ... or the answer the office will complete with the last one: "the City's good faith
                         # estimate is that it will complete its response to your request, with the final installment,
                         # on or before February 12, 2027", "we expect to finish with the final release in March"
                         r"\b(?:will|expects?\s+to|anticipates?\s+(?:that\s+)?(?:it|we)\s+will)\s+"
                         r"(?:complete|finish|conclude)\b[^.;]{0,120}?"
                         r"\bwith\s+(?:the|its|our|a|your)\s+final\s+(?:installment|release|production|batch|tranche)\b|"
                         # ... the last one named without its verb, after "until": "Your request will remain open until
                         # the final production.", "We will release records monthly until our final installment"
                         # ... or "before" it: "The DOC will review these data again before the final installment to
                         # determine whether any of the investigations have become inactive", "prior to the final
                         # release"
                         r"\b(?:until|till|before|prior\s+to)\s+(?:the|our|its|a|your)\s+final\s+(?:installment|release|production|response|"
                         r"determination|letter|batch)\b|"
                         # ... or the last one a deposit or the balance of a fee is kept for: "the deposit will be
                         # applied to the final installment", "we will credit your deposit toward the cost of the final
                         # release", "the balance is payable with the final installment" (not one sent now: "Your
                         # deposit has been applied to this final installment")
                         r"\b(?:will|shall|would|to)\s+(?:be\s+)?(?:\w+\s+){0,3}?(?:appl(?:y|ied)|credit(?:ed)?|"
                         r"deduct(?:ed)?|count(?:ed)?)\s+(?:\w+\s+){0,3}?(?:to|toward|towards|against|from|on)\s+"
                         r"(?:the|your|our|its)\s+(?:(?:cost|balance|charges?|fees?|invoice)\s+(?:of|for)\s+(?:the|your|"
                         r"our|its)\s+)?final\s+(?:installment|release|production|batch|tranche)\b|"
                         r"\b(?:balance|remainder)\b[^.;]{0,60}?\b(?:due|payable|collected|owed)\s+(?:with|at|upon|on)\s+"
                         r"(?:the|your|our|its)\s+final\s+(?:installment|release|production|batch|tranche)\b|"
                         # A form's "Expected date of final response: December 24, 2026", "Anticipated final
                         # determination date:": one still to come
                         r"\b(?:expected|estimated|anticipated|projected|target)\s+(?:(?:due\s+)?date\s+(?:of|for)\s+"
                         r"(?:the\s+|a\s+|our\s+|its\s+)?)?final\s+(?:response|determination|decision)\b|"
                         # "FINAL DETERMINATION DUE DATE: DECEMBER 28, 2026", "A final determination will be issued by
                         # the due date above": one still to come
                         # ... or "must be located and reviewed before a final response can be issued"
                         # ... or "The fees ... will be assessed at the time of the final response"
                         r"\b(?:when|once|until|upon|after|with|in|before|at\s+the\s+time\s+of)\s+"
                         # ... the office named by its short name: "when DEA issues its final response"
                         r"(?:(?:we|it|the\s+\w+|this\s+office|[A-Z][A-Za-z.&-]+)\s+"
                         r"(?:issues?|sends?|makes?|provides?|reach(?:es)?|complete?s?)\s+|"
                         # "until you receive our final response", "once you have received the final determination"
                         r"you\s+(?:have\s+)?(?:receive[sd]?|get|obtain(?:ed)?)\s+)?(?:(?:our|the|its|a|my)\s+"
                         # ... or the office named: "a reduced fee that will be confirmed in the County's final
                         # response", and by its short name alone: "your appeal rights will be provided in CBP's final
                         # response to your request"
                         r"(?:[\w.&-]+(?:'s|\u2019s)\s+)?|[\w.&-]+(?:'s|\u2019s)\s+)"
                         r"final\s+(?:response|determination|decision|release|letter|action)|"
                         r"\bwill\s+(?:issue|send|make|provide)\s+(?:\w+\s+)?(?:our|a|the|its)\s+final\b|"
                         # ... or a paper that goes with the last one: "an invoice will accompany the final
                         # response", "a bill for the fees will be enclosed with our final determination" (read by
                         # the "with" above), "the fee statement is to accompany the final release" (not this one
                         # sent now: "The enclosed invoice accompanies this final response")
                         r"\b(?:will|shall|would|to|should)\s+(?:also\s+)?accompany\s+(?:our|the|its|a|my|your)\s+"
                         r"final\s+(?:response|determination|decision|release|letter|installment|production|action)\b|"
                         # "... on a rolling basis until the processing of your request is complete": a completion
                         # still to come (and the office's answer so named: "will notify you when its response to
                         # your request is complete", "until our response to the request is complete")
                         r"\b(?:when|once|until|till|after|before|upon)\s+(?:the\s+\w+\s+of\s+)?(?:your|the|this|its|our)\s+"
                         r"(?:[\w-]+\s+){0,4}?request\s+(?:is|has\s+been)\s+(?:complete|completed|fulfilled|closed)\b|"
                         # ... and another matter's close the release waits on: "the file cannot be released until the
                         # case is closed or contested", "withheld until the investigation file has been closed"
                         r"\b(?:when|once|until|till|after|before|upon|unless)\s+(?:the|that|this|its|an?|our|your)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:case|file|matter|investigation|inspection|proceeding|litigation|"
                         r"enforcement\s+action)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:closed|concluded|"
                         r"resolved|complete|completed)\b",
                         IC)
# The standard a decision applies, not the decision: "Fees are waived or reduced only where disclosure ...".
# ... or the rule stated in general: "expedited processing is granted when there is an urgency to inform the public".
# ... or the situations it lists: "Expedited processing is granted only in the following situations: (1) imminent threat
# ...", "a fee waiver is granted only under the circumstances listed in 22 C.F.R. § 171.16", "only upon a specific
# showing of compelling need" (not "granted only in part", a decision).
DECISION_STANDARD = re.compile(r"\bonly\s+(?:where|if|when|in\s+cases?)\b|"
                               r"\bonly\s+(?:in|under|for)\s+(?:the\s+|these\s+|those\s+)?(?:following\s+|four\s+|"
                               r"limited\s+|certain\s+|specific\s+|narrow\s+)?(?:situations|circumstances|cases|"
                               r"instances|conditions)\b|\bonly\s+(?:up)?on\s+(?:a\s+)?(?:specific\s+|particularized\s+)?"
                               r"showing\b|\b(?:may|can|will\s+only)\s+be\s+"
                               r"(?:waived|granted|reduced|expedited)\b|"
                               # ... two verbs joined: "fees are waived or reduced when disclosure of the information
                               # is in the public interest", "fees shall be waived or reduced where ..." (the standard)
                               r"\b(?:is|are|shall\s+be|will\s+be)\s+(?:\w+\s+)?(?:granted|waived|warranted|reduced)"
                               r"(?:\s+(?:or|and(?:/or)?)\s+(?:\w+\s+)?(?:granted|waived|reduced|furnished))?\s+"
                               r"(?:only\s+)?(?:when|where|whenever|if|in\s+cases?)\b|"
                               # ... or said in the active voice: "45 C.F.R. § 5.54 provide[s] that we will waive or
                               # reduce fees if disclosure of the information is in the public interest", "the agency
                               # shall grant a fee waiver where ..." (not "we will waive the fees for this request")
                               r"\b(?:will|shall|must)\s+(?:waive|grant|reduce)(?:\s+(?:or|and(?:/or)?)\s+"
                               r"(?:waive|grant|reduce))?\s+(?:[\w-]+\s+){0,4}?(?:only\s+)?(?:when|where|whenever|if)\b|"
                               # ... or in the present, as what the office does with any request: "Under the HHS FOIA
                               # regulations, we grant expedited processing to a requester primarily engaged in
                               # disseminating information when ...", "DOJ waives fees where ..." (not one said of
                               # this request: "we grant your request for expedited processing", nor "We grant it if
                               # you ...")
                               r"\b(?:we|(?-i:[A-Z]{2,6})|(?:the\s+)?(?:agency|department|office|component|bureau))\s+"
                               r"(?:(?:generally|ordinarily|normally|usually|only)\s+)?(?:grants?|waives?|expedites?|"
                               r"approves?)\s+(?:(?!your\b|this\b|it\b|yours\b)[\w-]+\s+){1,10}?(?:only\s+)?"
                               r"(?:when|where|whenever)\b",
                               IC)

# A sentence that says how or by whom a decision is made, not the decision: "the Director of Public Affairs, who makes
# the decision whether to grant or deny expedited processing", "The Department has published its rules for granting
# expedited processing at 28 C.F.R. § 16.5(e)", "the criteria governing the granting of fee waivers" (not a finding
# against them: "you have not met the standards for granting a fee waiver").
DECISION_PROCESS = re.compile(r"\bwhether\s+(?:or\s+not\s+)?to\s+(?:grant|approve|deny|waive|expedite)\b|"
                              r"\b(?:grant|approve)\s+or\s+(?:deny|refuse|reject)\b|"
                              r"^(?!.*\b(?:not|n[o']t|fail(?:s|ed)?|meets?|met|satisf(?:y|ies|ied)|qualif(?:y|ies|ied))\b)"
                              r".*\b(?:rules?|regulations?|standards?|criteria|requirements)\s+(?:for|governing|on)\s+"
                              r"(?:the\s+)?(?:granting|grant\s+of)\b", IC)

# Processing still going on: "The search of the Bureau ... is ongoing; we ... have completed the review of those
# records" is not a final determination.
ONGOING = re.compile(r"\b(?:is|are|remains?)\s+(?:still\s+)?ongoing\b|\b(?:continue|continues|continuing)\s+to\s+"
                     r"(?:process|search|review)", IC)

# "can neither confirm nor deny the existence or nonexistence of records": a Glomar response.
GLOMAR = re.compile(GLOMAR_WORDS, IC)

# A list's item: a line led by a bullet ("* Exemption 5 ...", "- E-mails (48 pages)"), or the sentence after a marker
# the splitter set apart ("1.", "(b)", "iv)"), or left at the end of the line that introduces the list ("The records in
# this release are: 1.").
LIST_ITEM_START = re.compile(r"^\s*[-*\u2022\u25aa\u25cf]\s+")
# An item that starts with its marker in brackets, the marker and its text in one sentence: "(a) Description of the
# records withheld: the daily post assignment rosters (8 pages) ..., withheld in full" (Nebraska's four items of a
# denial), "(2) Incident report, 6 pages: released in part" (not a citation's "(b)(6)").
# The rows of a table, its cells between bars, that share out data or records by kind ("Final disposition ... (24
# pages) | Public | Minnesota Statutes, section 13.43, subdivision 2(a)(5)", "Interview summaries (redacted from 17
# pages; 15 pages withheld) | Private personnel data | ..."): an itemisation, like a list's items, of pages the running
# text may already count ("We are providing 41 pages to you with this letter").
TABLE_CELLS = re.compile(r"[^|\n]\s\|\s[^|\n]+\s\|\s")
LIST_ITEM_BRACKETED = re.compile(r"^\s*\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)\s+(?=[A-Za-z])", re.IGNORECASE)
# ... or an entry with no marker, a record named with its pages and then, after a colon, what was done with it:
# "Traffic crash report (OH-1), 6 pages: Social Security numbers redacted under R.C. 149.45", "Scene diagrams, 22
# pages: provided in full", "Photographs, 20 pages - released in full" (a schedule of records under the letter's own
# count).
LIST_ITEM_RECORD_ENTRY = re.compile(r"^\s*(?-i:[A-Z])[^.:;]{2,120}?,\s*(?:\d{1,4}|one|two|three|four|five|six|seven|"
                                    r"eight|nine|ten)\s+pages?\s*(?::|[\u2013\u2014]|\s-{1,2})\s+\S", re.IGNORECASE)
# A bulleted item that opens with a short label of its own, a sentence without a verb or a count: "- Inter-agency and
# intra-agency materials." (the sentence after it, "Fourteen pages of internal staff memoranda ... have been withheld",
# is the item's text, a share of what the running text counted, not more pages beside them).
LIST_ITEM_LABEL = re.compile(r"^\s*[-*\u2022\u25aa\u25cf]\s+(?-i:[A-Z])[\w'\u2019&/,-]*"
                             r"(?:\s+[\w'\u2019&/,-]+){0,5}\s*[.:]\s*$")
LIST_MARKER_ALONE = re.compile(r"(?:^|:)\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*$", re.IGNORECASE)
# A sentence that takes a share of the pages the sentence before counted: "Of these, 285 pages are released", "Of
# those pages, 12 are withheld in full" (after a list's item, the item's own breakdown).
SHARE_OF_ITEM = re.compile(r"^\W*of\s+(?:these|those|them)(?:\s+pages)?\s*,", IC)

# The law's leave to add days, then taken in so many words: "Under the law, we may add up to 10 business days to the
# original response date, and we are doing so" (read as "we are adding an additional 10 business days"); not the leave
# alone ("we may add up to 10 business days").
LEAVE_THEN_DONE = re.compile(r",?\s+and\s+(?:we|I|it|the\s+[\w'\u2019-]+)\s+(?:are|is|am|have|has)\s+(?:now\s+)?"
                             r"(?:doing|done)\s+so\b", IC)
LEAVE_TO_ADD = re.compile(r"\b(?:may|can)\s+add\s+(?:up\s+to\s+|not\s+more\s+than\s+)?", IC)
