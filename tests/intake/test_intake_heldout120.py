"""The hundred-and-twentieth held-out set: 14 long formal letters (letters/heldout120) from Justice Department
components, Defense Department components, the State Department and the intelligence agencies, written in the form
and with the boilerplate those offices really send: an FBI FOIPA acknowledgement with its check boxes, expedited
processing refused and the fee category; an FBI FOIPA release (PDF) with the Section 552/552a exemption grid, the
(b)(3) statute under its box and "312 pages were reviewed and 245 pages are being released"; an Office of
Information Policy appeal closing affirming the FBI "on partly modified grounds", one exemption to a paragraph; an
OIP appeal acknowledgement (e-mail) for a Drug Enforcement Administration request; a DEA release with its table of
pages reviewed, released in full, released in part and withheld in full, and pages referred to the FBI; an ATF
acknowledgement with a commercial-use fee estimate in a table (an e-mail with the letter attached as a PDF); an
Executive Office for United States Attorneys release (Word) with its RIF/RIP/WIF rows and its exemptions in a table;
a Marshals Service no-records answer; an Army third interim response (PDF) with a (b)(3) statute and pages withheld
in full; a Defense Information Systems Agency acknowledgement with ten more working days (e-mail); an NSA answer
that neither confirms nor denies, citing "the first exemption", "the third exemption" and its statutes as
"Title 18 U.S. Code 798"; a Defense Intelligence Agency fee-waiver refusal (Word); a CIA continued-interest letter
(an e-mail with the letter attached as a PDF); and a State Department Appeals Review Panel decision affirming in
part and reversing in part (PDF). Committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), and each of the 14 matched to its request by its number. Wrong were:
- f01 (FBI acknowledgement): no expedite decision: "You have not provided enough information concerning the
  statutory requirements permitting expedition; therefore, we are unable to grant your request for expedited
  processing at this time" (a refusal as being "unable to grant" the request for it).
- f02 (FBI release, PDF): "(b)(3)" without its statute, which stands on the line under its box in the grid
  ("[X] (b)(3) ... / 50 U.S.C. § 3024(i)(1) [X] (b)(7)(C)"); and pages_released empty instead of 245: "312 pages were
  reviewed and 245 pages are being released" (the pages released after a total reviewed, in the FBI's own words).
- f03 (OIP appeal decision): (b)(7)(D) upheld and (b)(7)(E) lost: "this Office's decision to affirm the FBI's
  withholdings does not rest on Exemption 7(D)" (an exemption the decision sets aside, taken for one it upholds,
  while the list of four paragraphs, each "5 U.S.C. § 552(b)(..), which concerns ...", lost its last).
- f07 (EOUSA release, Word): pages released and withheld empty instead of 58 and 9: the table rows
  "| 41 | page(s) are being released in full (RIF); |", "| 17 | ... released in part (RIP); |", "| 9 | page(s) are
  withheld in full (WIF). ... |" (a count in its own cell before its words).
- g10 (DISA acknowledgement, e-mail): no extension: "DISA is lengthening the statutory 20-working-day response
  period by an additional ten working days" (more time as a period "lengthened").
- g11 (NSA): the three (b)(3) statutes lost: "The specific statutes applicable in this case are Title 18 U.S. Code
  798; Title 50 U.S. Code 3024(i); and Section 6, Public Law 86-36 (50 U.S. Code 3605)" (a statute as "Title N U.S.
  Code S").
- g14 (State Appeals Review Panel, PDF): (b)(5) taken for upheld and (b)(3) without its statute: "The Panel has
  determined that the information previously withheld in this document under Exemption 5 may now be released" (an
  exemption whose material is released), and "The statute in question is Section 222(f) of the Immigration and
  Nationality Act, 8 U.S.C. 1202(f)" (a statute named in the sentence after the exemption's, without "§").
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout120"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"f01-fbi-ack-expedite.txt", "f02-fbi-partial.pdf", "f03-oip-appeal-decision.txt",
                      "f07-eousa-partial.docx", "g10-disa-ack-ext.eml", "g11-nsa-glomar.txt",
                      "g14-state-appeal-partial.pdf"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
