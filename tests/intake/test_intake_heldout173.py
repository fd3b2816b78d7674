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
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout173"
# What the rules reach on this set now; it may only go up (blind: 11).
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h06-fdic-appeal-granted-in-part.pdf", "h08-nrc-form464-final.pdf", "h13-sec-appeal-denied.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
