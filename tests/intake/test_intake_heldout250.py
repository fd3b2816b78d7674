"""The two-hundred-and-fiftieth held-out set: 14 letters from the later life of requests (letters/heldout250), nine
federal and five from state bodies of five states: a Department of Energy Office of Hearings and Appeals appeal
acknowledgement e-mail; an Office of Information Policy decision affirming an FBI no-records response (PDF); an EPA
Office of General Counsel appeal decision remanding a regional request for a new search (e-mail); an HHS appeal
decision reversing CDC's fee-waiver denial (Word); a Forest Service fee-waiver denial with an itemised fee estimate;
an FDA acknowledgement denying expedited processing (PDF); a FEMA "still interested" e-mail; a DHS Privacy Office
letter transferring a request to USCIS; a VBA e-mail closing a request for no reply to a clarification letter; a
Washington Department of Corrections installment e-mail in a rolling production; a Kentucky Attorney General open
records decision (PDF); a New York State Department of Health FOIL appeal determination granting in part (Word); a
Texas Department of Transportation acknowledgement asking for clarification under Gov't Code 552.222; and a Utah
State Records Committee decision and order granting an appeal. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 DOE OHA appeal acknowledgement: OGIS on agencies' appeal letters, naming DOE's Office of Hearings and Appeals
  and its published decisions, http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter, and
  OGIS on appeal numbers separate from request numbers,
  https://www.archives.gov/ogis/resources/the-ogis-library/how-to-file-an-appeal-s-p274; OHA's "FIA-" case numbers
  as its decisions print them; no OHA acknowledgement itself found in the time available.
- a02 OIP affirmance of an FBI no-records search: OIP's appeal-decision formulas ("After carefully considering your
  appeal ... I am affirming the FBI's action", "adequate, reasonable search", the OGIS paragraph, 5 U.S.C.
  552(a)(4)(B)) as in the OIP letters of sets 240 and 243, and 28 CFR 513.66, http://laws9.com/cfr/text/28/513/66.
- a03 EPA appeal remand: 40 CFR 2.104 (responses to requests and appeals),
  https://getpocketlaw.com/law/cfr_40/section-2-104-responses-to-requests-and-appeals_d456ad0432af, and an appeal
  to EPA on the adequacy of a search, https://ja.scribd.com/document/115994341/CEI-Appeal-EPA-Richard-Windsor-FOIA.
- a04 HHS appeal reversing a CDC fee-waiver denial and a05 Forest Service fee-waiver denial with a fee estimate: the
  statutory fee-waiver standard and DOJ's factors,
  http://www.justice.gov/oip/foia-guide-2004-edition-fees-and-fee-waivers and http://foia.wiki/wiki/Fee_Waivers;
  a fee-waiver denial and its appeal on MuckRock,
  https://www.muckrock.com/questions/state-department-wont-process-request-until-i-do-a-fee-form-what-do-i-do-109;
  fee categories and advance payment, https://www.muckrock.com/place/united-states-of-america/exemption/high-fees-243/.
- a06 FDA acknowledgement with expedited processing denied: the compelling-need standard of 5 U.S.C. 552(a)(6)(E)
  as agency acknowledgements state it (earlier sets' FBI, SSA and NIH letters); no FDA page found in the time
  available.
- a07 FEMA still-interested e-mail and a09 VBA closure for no reply: the 2013 FEMA letter quoted by RCFP ("we want
  to ensure that you are still interested ... the case will be administratively closed"),
  https://www.rcfp.org/journals/news-media-and-law-fall-2014/agencies-want-know-are-you-st/, and OIP's guidance as
  OGIS sums it up (30 working days to answer),
  https://foia.blogs.archives.gov/2024/09/19/ogis-remains-interested-in-still-interested-letters.
- a08 DHS Privacy Office transfer to USCIS: the DHS practice advisory on DHS forwarding requests to the component
  that holds the records,
  https://docslib.org/download/2599424/a-step-by-step-guide-to-completing-foia-requests-with-dhs,
  https://legalclarity.org/dhs-foia-requests-how-to-file-and-what-to-expect, and the USCIS FOIA guide (National
  Records Center, FIRST), https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html.
- a10 Washington DOC installment: RCW 42.56.520 and 42.56.120(4) and agency rules on installments and closing,
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520 and
  WAC 430-01-110 (closing withdrawn or abandoned requests, installments not claimed within 30 days) at
  https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20430%20%20TITLE/WAC%20430%20-%2001%20%20CHAPTER/
  (file WAC%20430%20-%2001%20-110.htm).
- a11 Kentucky Attorney General decision: the AG's open records decisions as summarised by the Kentucky Open
  Government Coalition ("violated the Open Records Act when it failed to respond ... within five business days"),
  https://kyopengov.org/blog/attorney-generals-open-records-and-open-meetings-decisions-issued-last-week and
  https://kyopengov.org/blog/open-records-decisions-issued-kentucky-attorney-general-last-week-0, and set 151's
  decision.
- a12 New York DOH FOIL appeal: the FOIL appeal procedure (Public Officers Law 89(4)(a), copy to the Committee on
  Open Government, Article 78), https://www4.erie.gov/clerk/how-appeal-foil-decision, and a Committee advisory
  opinion on appeal responses, http://docs.dos.ny.gov/coog/ftext/2014/f19224.html.
- a13 TxDOT clarification: Gov't Code 552.222(b) and (d) (withdrawn on the 61st day),
  https://legalfix.com/statutes/state-codes/texas/government-code/title-5/subtitle-a/chapter-552/subchapter-e/
  (page section-552-222)
  and http://www.legis.state.tx.us/tlodocs/80R/billtext/html/HB01497F.HTM.
- a14 Utah State Records Committee decision and order: the Committee's published decisions ("By this appeal,
  Petitioner ... seeks access to records allegedly held by Respondent", FACTS, STATEMENT OF REASONS FOR DECISION,
  ORDER), http://168.177.21.21/src/srcappeal-2023-33.html, and
  https://archivesnews.utah.gov/2020/11/10/state-records-committee-2020/.


Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 12 of 14 fully right. Misses:
- a08 (a08-dhs-privacy-transfer-uscis.txt): nothing proposed for the DHS Privacy Office's letter transferring the
  request to USCIS.
- a11 (a11-ky-ag-ord-ksp.pdf): a partial grant instead of an affirmance: the Attorney General found a procedural
  violation (no response in five business days) and upheld the withholding ("KSP did not violate the Act when it
  withheld records of an ongoing criminal investigation under KRS 61.878(1)(h)").

After general fixes (the request sent on to another office for its own answer ends this office's part, a final
determination, other), 13 of 14; then (a review's finding that the agency only answered late, beside a withholding
upheld, leaves an affirmance: "KSP violated the Act when it did not respond to a request within five business days";
set 204's b11, the same decision written as a partial grant, was made to agree), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout250"
# What the rules reach on this set now; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
