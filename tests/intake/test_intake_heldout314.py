"""The three-hundred-and-fourteenth set: 14 letters (letters/heldout314) on the theme of set 313, e-mail as it really
arrives, from other offices in other wordings, WRITTEN AFTER READING THE RULES (after the fixes of set 313 were made),
so its score is not a blind one: a Tomah VA Medical Center no-records reply above the requester's message quoted in
Apple Mail's way ("> On Nov 30, 2026, at 4:12 PM, ... wrote:"), which cites Exemption 5 and 38 U.S.C. 5705; a New
York DOCCS FOIL acknowledgement in HTML only, with its approximate date, above an Outlook reply header set in HTML
("<b>From:</b> ... <b>Sent:</b>") and the quoted request citing Public Officers Law 87(2)(f); a PennDOT Right-to-Know
thirty-day extension under 65 P.S. 67.902 attached in Word to a cover e-mail with a privilege notice; a Seattle Police
Department NextRequest closing notice in HTML quoting the final installment (pages in full and redacted, three RCW
exemptions, the earlier installment's pages); a legal clinic's Outlook forward ("FW:", "-----Original Message-----")
of a CBP final response, saved as text; an Army CID request for clarification printed from Outlook to PDF, above the
requester's message behind Outlook's rule of underscores; an FDA HTML cover note with a PDF attached denying a fee
waiver and estimating the fees; a Denver Police Department CORA research-and-retrieval fee saved as text, above the
quoted request; an OIP appeal decision affirming the Bureau of Prisons, forwarded from an iPhone ("Begin forwarded
message:", every line quoted with "> "); a Texas DPS GovQA notice that a request is withdrawn by operation of law,
above its previous message with the estimate; an NIH acknowledgement (PDF) taking ten more working days for unusual
circumstances; an Arizona DPS release in Word with a page table; an IRS Disclosure Office final response in Word,
Exemption 3 with IRC 6103; and an SEC appeal acknowledgement in HTML above the quoted appeal asking for reversal.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 VA no records: the VA final letters of earlier sets (a09 of set 250) and VA's appeal address (OGC 024).
- y02 DOCCS acknowledgement: Public Officers Law 89(3)(a) as the Committee on Open Government explains it,
  http://docs.dos.ny.gov/coog/ftext/f19644.htm, and https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
- y03 PennDOT extension: 65 P.S. 67.902 and the Pennsylvania extension letters of earlier sets (s10 of set 284,
  o07 of set 118).
- y04 Seattle NextRequest: the NextRequest notices of earlier sets (s09 of set 201) and RCW 42.56.240, 42.56.250.
- y05 CBP final: CBP's final letters of earlier sets (k02 of set 283) and 6 C.F.R. 5.8.
- y06 Army CID clarification: 32 C.F.R. part 286 and the clarification letters of earlier sets.
- y07 FDA fee waiver and estimate: 45 C.F.R. 5.54 and 5.55 and FDA's letters of earlier sets (h09 of set 279).
- y08 Denver CORA fee: C.R.S. 24-72-205(6) and the state's maximum hourly fee,
  https://dhsem.colorado.gov/cora-info-requests, https://lexace.ai/us/statute/colorado/24-72-205
- y09 OIP affirmance: OIP's appeal letters of earlier sets and OIP's guidance on appeals,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- y10 Texas DPS withdrawal: Gov't Code 552.2615(b), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615,
  and https://www.ci.la-porte.tx.us/158/Cost-of-Records
- y11 NIH acknowledgement: 5 U.S.C. 552(a)(6)(B) and the HHS acknowledgements of earlier sets.
- y12 Arizona DPS release: A.R.S. 39-121 and 39-121.01 and the Arizona letters of earlier sets (b13 of set 290).
- y13 IRS final response: the IRS final letters of earlier sets (Notice 393, IRC 6103 with Exemption 3).
- y14 SEC appeal acknowledgement: the appeal acknowledgements of earlier sets (b02 of set 290) and 5 U.S.C.
  552(a)(6)(A)(ii).

Score on the rules after set 313's fixes (not blind: written after reading the rules): 11 of 14 fully right, and all
14 matched to their request by the number they print. Wrong were:
- y05 (a clinic's Outlook forward of a CBP final response, saved as text): dated December 1, the day it was forwarded,
  from the forward's own header, "Sent: Tuesday, December 1, 2026 8:52 AM", not November 30, the letter's date line.
- y10 (Texas DPS GovQA withdrawal notice): a fee estimate of $318.60 read from the portal's copy of its earlier
  message below the notice: "Previous message, sent 11/16/2026: An itemized statement of estimated charges has been
  posted to your request. Total estimated charges: $318.60."
- y13 (IRS final response in Word): Exemption 3 logged with "26 U.S.C. § 6103(a)", the subsection of the withholding
  sentence, "We withheld the return information of third parties ... under FOIA exemption (b)(3) in conjunction with
  IRC 6103(a).", where the expected value takes the section as the letter first names it, "Internal Revenue Code (IRC)
  Section 6103 is a statute that qualifies under FOIA exemption (b)(3)."
After general fixes (a forward saved as text, its own header's subject "FW:" or "Fwd:", is read as what it forwards,
its header the envelope as an .eml forward's is, so the letter's own date line dates it; a portal notice's copy of its
earlier messages below a label on a line of its own, "Previous message, sent 11/16/2026:", "Message History",
"Earlier correspondence:", is not this letter), 13 of 14. y13 stays in NOT_YET: the letter names the statute twice,
the section where it says which statute qualifies under Exemption 3 and the subsection where it withholds, both
readings are defensible and the earlier sets hold no letter that settles it (h06 of set 212 names only the section
beside the exemption); taking the section would drop the subsection other letters cite as their ground ("(b)(3) 50
U.S.C. § 3024(i)(1)").
Later, 14 of 14: y13 is right, the letter names the Exemption 3 statute whole where it says what the statute does
("Internal Revenue Code (IRC) Section 6103 ...") and with its subsection where it withholds ("in conjunction with IRC
Section 6103(a)"): the whole section is logged, as the earlier sets log it where a letter names both (heldout317 s10,
heldout152 p02).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout314"
# What the rules reach on this set now (written after reading the rules: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
