"""The hundred-and-seventy-third held-out set: 14 letters (letters/heldout173) from federal independent agencies and
commissions as the files arrive: a Securities and Exchange Commission acknowledgement e-mail that takes the ten
working days of unusual circumstances and states the fee category; a Federal Trade Commission partial grant (PDF)
that counts the pages located, released and withheld in full and names Exemptions 5, 6 and 7(C); a Federal
Communications Commission fee estimate under 47 CFR 0.467(e) that works out the hours after the two free ones; a
National Labor Relations Board case-file response in Word (letterhead in the page header) releasing pages with
redactions and withholding affidavits in full under Exemption 7(D); an EEOC Area Office no-records letter attached
to an ArkCase portal e-mail; an FDIC Legal Division appeal decision (PDF) granting the appeal in part, releasing
pages earlier withheld and keeping Exemptions 4 and 8 while no longer relying on Exemption 5; a Federal Reserve Board
acknowledgement e-mail; an NRC Form 464 final response (PDF, Parts I and II, checkbox grid of exemptions, the counts
in the comments); a FERC acknowledgement granting a fee waiver; a CFPB full grant attached to an e-mail; an OPM
no-records letter in Word; a GSA first interim release by e-mail with a bulleted list of exemptions; an SEC Office
of the General Counsel appeal decision affirming Exemption 7(A) and expressly not reaching Exemptions 6 and 7(C); and
an FTC appeal acknowledgement e-mail. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 SEC acknowledgement with extension: the SEC FOIA Reference Guide and 17 CFR 200.80 (Office of FOIA Services,
  request numbers of the form NN-NNNNN-FOIA, fee categories, unusual circumstances),
  https://www.sec.gov/foia-services/foia-reference-guide and
  https://dart.deloitte.com/USDART/home/accounting/sec/rules-regulations/200-organization-conduct-ethics-information-requests/d-information-requests
- h02 FTC partial grant: the FTC's response letters ("In accordance with the FOIA and agency policy, we have searched
  our records, as of ..., the date we received your request in our FOIA office", "I am granting partial access to the
  accessible records") and its appeal paragraph; FTC appeal and liaison wording as on ftc.gov FOIA pages.
- h03 FCC fee estimate: 47 CFR 0.467(e) and the FCC's FOIA guide ("if the Commission estimates that your search
  charges are likely to exceed $25 ... we will notify you of the estimated fee"),
  https://www.fcc.gov/reports-research/guides/how-file-foia-request and
  http://mai.hallikainen.org/org/FCC/FccRules/2015/0/461
- h04 NLRB case-file response: the NLRB FOIA Reference Guide (closed case files, Exemptions 6, 7(C), 7(D)),
  https://www.nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide and the NLRB FOIA Manual's
  sample letters (amount withheld, appeal rights), https://purl.fdlp.gov/GPO/LPS43409
- h05 EEOC no-records: EEOC's charge-file FOIA guidance (requests to the District/Area Director, IMS, 90-day appeal to
  the Office of Legal Counsel), http://www1.eeoc.gov/eeoc/foia/qanda_foiacharge.cfm?renderforprint=1 and
  https://uat-www.eeoc.gov/foia/section-83-disclosure-information-charge-files
- h06 FDIC appeal decision: the FDIC appeals page (appeal to the General Counsel or designee, notification states
  whether the denial is in part or in whole, exemptions relied on, judicial review), https://www.fdic.gov/foia/appeals
  and https://webarchive.library.unt.edu/eot2008/20090512195612/https://www.fdic.gov/about/freedom/appeals.html
- h07 Federal Reserve Board acknowledgement: the Board's FOIA pages and annual report (exemptions 4, 5, 6, 8; tracking
  numbers F-YYYY-NNNNN), https://federalreserve.gov/foia/annrept_2012.htm
- h08 NRC Form 464: the NRC Form 464 Part I text (Part I.A fees, I.B information not located or withheld, I.D
  comments), https://kanterella.com/ML25190A552, and the NRC FOIA desk guide, https://kanterella.com/ML25099A105
- h09 FERC acknowledgement with fee waiver: 18 CFR 388.108-388.109 (fee waiver standard) and earlier FERC letters'
  FOIA No. FYNN-NN numbering.
- h10 CFPB full grant: the CFPB FOIA FAQs and fee schedule, http://www.consumerfinance.gov/foia-requests/faqs/ and
  https://www.consumerfinance.gov/foia-requests/fee-schedule/
- h11 OPM no-records: OPM's response letters (received in OPM's FOIA Office, forwarded to the program office, appeal to
  the Office of the General Counsel marked "Freedom of Information Act Appeal").
- h12 GSA interim release: GSA FOIA Requester Service Center e-mails (interim release, appeal rights with the final
  response).
- h13 SEC appeal decision: the SEC Office of the General Counsel appeal determinations ("You appeal from a decision of
  the Office of FOIA Services", appeal numbers NN-NNNNN-APPS, "For the Commission, by delegated authority"), and the
  SEC annual reports on Exemption 7(A), https://www.sec.gov/foia/arfoia07.htm
- h14 FTC appeal acknowledgement: 16 CFR 4.11(a)(3) (twenty working days for an appeal determination).

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h06 (FDIC appeal decision, PDF): exemptions (b)(4), (b)(5), (b)(8) instead of (b)(4), (b)(8): Exemption 5 is named
  only in the history of the initial response and then dropped: "released 36 pages to you with redactions and
  withheld 22 pages in full under Exemptions 4, 5 and 8 of the FOIA" and "The deliberative process privilege no
  longer applies to that factual material, and those 14 pages are now released to you with redactions."
- h08 (NRC Form 464, PDF): exemptions (b)(7) instead of (b)(7)(C), the checked sub-box under Exemption 7 not read
  ("[X] Exemption 7: ... [ ] (A) Disclosure could ... [X] (C) Disclosure could reasonably be expected to constitute an
  unwarranted invasion of personal privacy."); and pages released 67 instead of 58, the split of the enclosed pages
  added to their total: "With this response we are enclosing 58 pages of records; 49 of these pages are released in
  full and 9 pages are released with redactions."
- h13 (SEC appeal decision): exemptions (b)(6), (b)(7)(A), (b)(7)(C) instead of (b)(7)(A): exemptions the decision
  expressly does not rely on were taken: "The records also contain ... personal information of third parties, which
  would in any event be protected by Exemptions 6 and 7(C) ... Because the records are withheld in full under
  Exemption 7(A), I do not reach those exemptions at this time."
After general fixes (a ground a decision says "no longer applies", "no longer relies on", "is no longer asserted" is
not applied, a privilege Exemption 5 carries, "the deliberative process privilege", naming Exemption 5, unless another
clause still withholds under it; "do not reach" sets a ground aside like "need not reach", and grounds set aside by
pointing back, "those exemptions", "these other grounds", "them", are those of the sentence before, not the ground
the same sentence gives as the reason; a set-aside clause sets aside what it names after its words, "Because Exemption
7(A) applies, we need not reach Exemption 7(C)"; a form's bare Exemption 7 with its ticked reasons on the lines below,
"(C) Disclosure could reasonably be expected to ...", is each reason, never a full explanatory list with "(B)"; pages
split as "49 of these pages ... in full and 9 pages ... with redactions" name the rest again, not more pages), 14 of
14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

SET = "heldout173"
# What the rules reach on this set now; it may only go up (blind: 11).
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _exemptions(body: str) -> tuple[str, ...]:
    return next(e.exemptions for e in events_in(body) if e.exemptions)


@pytest.mark.parametrize(("sentence", "released"), [
    ("We are enclosing 58 pages of records; 49 of these pages are released in full and 9 pages are released with "
     "redactions.", 58),
    ("We are releasing 120 pages, 100 of them in full and the other 20 pages with redactions.", 120),
    ("Enclosed are 75 pages; 30 of these pages contain redactions and 45 pages are released in full.", 75),
    # The near miss: a count that is not the rest of the split is more pages.
    ("We are enclosing 58 pages; 49 of these pages are released in full and 12 pages are released with redactions.",
     70),
])
def test_the_rest_of_pages_split_named_again_is_not_more_pages(sentence: str, released: int) -> None:
    assert pages_in(sentence).pages_released == released


_FORM_7 = ("We are releasing 10 pages with redactions. Information is withheld under the exemptions marked below.\n"
           "Exemption 6: The withheld information is exempt because disclosure would be a clearly unwarranted invasion "
           "of personal privacy.\n"
           "Exemption 7: The withheld information consists of records compiled for law enforcement purposes and is "
           "being withheld for the reason(s) indicated.\n")


@pytest.mark.parametrize(("items", "codes"), [
    ("(C) Disclosure could reasonably be expected to constitute an unwarranted invasion of personal privacy.\n",
     ("(b)(6)", "(b)(7)(C)")),
    ("(A) Disclosure could reasonably be expected to interfere with an open enforcement proceeding.\n"
     "(D) The information could reasonably be expected to reveal identities of confidential sources.\n",
     ("(b)(6)", "(b)(7)(A)", "(b)(7)(D)")),
    # The near miss: the exemption's reasons all listed to explain it, not ticked.
    ("(A) Disclosure could interfere with enforcement proceedings.\n(B) Disclosure would deprive a person of a right "
     "to a fair trial.\n(C) Disclosure could be an unwarranted invasion of personal privacy.\n", ("(b)(6)", "(b)(7)")),
])
def test_the_reasons_ticked_under_a_forms_exemption_7(items: str, codes: tuple[str, ...]) -> None:
    assert _exemptions(_FORM_7 + items) == codes


@pytest.mark.parametrize(("body", "codes"), [
    ("I am affirming the denial. The records are withheld in full under Exemption 7(A). The records also contain names "
     "of third parties, which would in any event be protected by Exemptions 6 and 7(C). Because the records are "
     "withheld in full under Exemption 7(A), I do not reach those exemptions at this time.", ("(b)(7)(A)",)),
    ("I am affirming the denial of your request. The memoranda are withheld under Exemption 5. The FBI also cited "
     "Exemptions 6 and 7(C) for the names. Since Exemption 5 fully protects the memoranda, we need not address these "
     "other grounds.", ("(b)(5)",)),
    ("I am affirming the denial of your request. The memoranda are withheld under Exemption 5. The agency also "
     "asserted Exemptions 6 and 7(C). Having upheld the withholding in full, I need not reach them.", ("(b)(5)",)),
    ("I am affirming the denial of your request. The names are withheld under Exemption 6. Because Exemption 7(A) "
     "applies, we need not reach Exemption 7(C).", ("(b)(6)", "(b)(7)(A)")),
    # The near miss: "those exemptions" upheld, not set aside.
    ("I am affirming the denial of your request. The names are withheld under Exemption 6. The records are also "
     "withheld under Exemption 7(A), and I uphold those exemptions.", ("(b)(6)", "(b)(7)(A)")),
])
def test_grounds_set_aside_by_pointing_back_are_the_sentence_befores(body: str, codes: tuple[str, ...]) -> None:
    assert _exemptions(body) == codes


_APPEAL = ("Your appeal is granted in part and denied in part. The FOIA office withheld 22 pages in full under "
           "Exemptions 4, 5 and 8. ")


@pytest.mark.parametrize(("body", "codes"), [
    ("The deliberative process privilege no longer applies to that factual material, and those 14 pages are now "
     "released to you with redactions. The remaining 8 pages continue to be withheld under Exemptions 4 and 8.",
     ("(b)(4)", "(b)(8)")),
    ("Exemption 5 no longer applies to the factual portions, which are now released, and the remaining information "
     "continues to be withheld under Exemptions 4 and 8.", ("(b)(4)", "(b)(8)")),
    ("The Bureau no longer relies on Exemption 5 for the staff memoranda. The 14 pages are now released with "
     "redactions under Exemptions 4 and 8.", ("(b)(4)", "(b)(8)")),
    # The near miss: the ground still applied to the rest.
    ("Exemption 5 no longer applies to the factual portions; the analysis itself continues to be withheld under "
     "Exemption 5. The 14 pages are released with redactions under Exemptions 4 and 8.",
     ("(b)(4)", "(b)(5)", "(b)(8)")),
])
def test_a_ground_no_longer_applied_is_set_aside(body: str, codes: tuple[str, ...]) -> None:
    assert _exemptions(_APPEAL + body) == codes
