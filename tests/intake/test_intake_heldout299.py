"""The two-hundred-and-ninety-ninth held-out set: 14 everyday letters (letters/heldout299) from federal departments
and agencies other than DHS and DOJ, each from a different office, in the formats they really send: a State
Department acknowledgement with its Case Control Number denying expedited processing under 22 C.F.R. § 171.12(b); an
Army (Fort Bragg) fee-estimate e-mail with its search and duplication lines and the 20-working-day reply; a Defense
Logistics Agency final response (PDF) on a contract after submitter notice, with pages released in full, in part and
withheld under Exemptions 4 and 6; a CDC first interim response e-mail with the letter attached as a PDF, releasing
pages in full and with redactions under Exemptions 5 and 6; a Department of Energy acknowledgement in Word placing
the request in the complex track and taking the ten-working-day extension for unusual circumstances; an OSHA regional
no-records letter with the appeal to the Solicitor of Labor; an EPA acknowledgement e-mail granting a fee waiver, with
its estimated completion date; a HUD final response in Word with a page table, every page released in full; a
Department of Commerce appeal acknowledgement (a NOAA request) e-mailed with the letter attached in Word; an SEC
appeal decision (PDF) granting the appeal in part (Exemption 7(A) no longer applies, remanded) and upholding
Exemptions 6 and 7(C); an IRS Disclosure Office final response with exemption (b)(3) and IRC section 6103, (b)(5),
(b)(6) and (b)(7)(E); a BLM letter taking a 10-workday extension under 43 C.F.R. § 2.19; a National Archives letter
referring a request for Federal Records Center holdings to the Social Security Administration; and a Postal Service
denial in full (PDF) under Exemption 3 with 39 U.S.C. § 410(c)(2) and Exemption 4. Written blind and committed
before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 State: a State Department acknowledgement denying expedition ("We have assigned Case Control Number ...",
  "Unusual circumstances (including the number and location of Department components involved ...) may arise",
  "Our published regulations regarding expedition ... require a specific showing of a compelling need"),
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence,
  a State final letter (F-2014-18175), https://fr.scribd.com/document/356208139/DoS-FOIA-Response, and 22 C.F.R.
  part 171, https://law.lawstack.com/laws/22-cfr_s_171-11_processing-requests-135b0f2b-f38e-4c6f-a5fb-c621a2c1e2fd
- y02 Army: the Army's fee categories ("All other requesters are required to pay search costs in excess of two hours
  and duplication costs in excess of 100 pages"), https://www.sac.usace.army.mil/Contact/Freedom-of-Information-Act/,
  the Army fee rules, http://laws9.com/cfr/text/32/518/19, and the FA- case numbers of earlier sets.
- y03 DLA: the DLA FOIA program rule (32 C.F.R. part 1285), http://www.law.cornell.edu/cfr/text/32/1285.2, and DLA's
  request page, https://www.dla.mil/HQ/GeneralCounsel/FOIA/Freedom-of-Information/FOIA-Request/; the DLA-...-HFOI-
  numbers of earlier sets.
- y04 CDC: CDC's FOIA pages (request numbers "#NN-NNNNN-FOIA", PAL, the lifecycle of a request),
  https://cdc.gov/foia/faq/index.html and https://www.cdc.gov/od/foia/request/process/index.htm
- y05 DOE: DOE's FOIA rule, 10 C.F.R. part 1004,
  https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html and
  http://laws9.com/cfr/text/10/1004/4 (received on actual receipt by the FOIA Officer), and the HQ-...-F numbers of
  earlier sets.
- y06 OSHA: an OSHA request on MuckRock (tracking 2022-F-08060),
  https://www.muckrock.com/foi/united-states-of-america-10/dol-foia-protocols-127424/, and the appeal to the Solicitor
  of Labor under 29 C.F.R. § 70.22, https://stepo.ai/osha/70/70.22
- y07 EPA: EPA's FOIA regulations (40 C.F.R. part 2, the National FOIA Office, fee waivers),
  https://www.customsmobile.com/regulations/expand/title40_chapterI_part2_subpartA_section2.101 and
  http://federal.elaws.us/fr/notice/9/14/2023/2023-19699; the 2027-EPA- numbers of earlier sets.
- y08 HUD: a HUD response ("SUBJECT: Freedom of Information Act Request No.: 17-FI-R06-00415"),
  https://fr.scribd.com/document/335236475/HUD-s-Response-to-Dallas-Morning-News-FOIA-Request, and HUD's FOIA rule,
  https://thefederalregister.org/80-FR/49140
- y09 Commerce/NOAA: NOAA's response paragraphs on appeals to the Assistant General Counsel ("FOIAAppeals@doc.gov"),
  https://www.noaa.gov/information-technology/foia-home, and 15 C.F.R. § 4.10,
  https://lawserver.com/law/country/us/cfr/15_cfr_4-10; the DOC-OS- appeal numbers of earlier sets.
- y10 SEC: an SEC appeal letter and request number (14-07202-FOIA),
  https://fdocuments.in/document/june-18-2014-sec-foia-appeal-re-wh-equities, and an SEC remand on appeal,
  https://www.justice.gov/oip/edelman-v-sec-no-14-1140-2016-wl-1170927-ddc-mar-24-2016-moss-j; the -APPS appeal
  numbers of earlier sets.
- y11 IRS: IRM 11.3.13 (Freedom of Information Act), https://www.irs.gov/irm/part11/irm_11-003-013, and the
  exemption explanations ("FOIA exemption (b)(3) in conjunction with I.R.C. § 6103 protects return information"),
  https://www.tigta.gov/foia-exemption-code-explanations
- y12 BLM: the Interior FOIA rule's unusual circumstances (field facilities, voluminous records, consultation),
  http://edocket.access.gpo.gov/cfr_2002/octqtr/43cfr2.17.htm, and BLM's public guide,
  https://www.zlibrary.cc/dl/freedom-of-information-act-requests-from-the-bureau-of-land-management-a-guide-for-the-public
- y13 NARA: NARA's FOIA Reference Guide (records in the Federal Records Centers remain in the legal custody of the
  agency that transferred them), https://www.archives.gov/foia/foia-guide, and 36 C.F.R. § 1250.26,
  https://lawserver.com/law/country/us/cfr/36_cfr_1250-26
- y14 USPS: Handbook AS-353 on exemptions and writing the response,
  https://about.usps.com/handbooks/as353/as353c4_034.htm and https://about.usps.com/handbooks/as353/as353c4_036.htm;
  the FPRO numbers of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8e5389e: 9 of 14 fully right. Wrong were:
- y06 (y06-osha-no-records.txt): outcome None != 'no_records'
- y10 (y10-sec-appeal-partly.pdf): appeal_number None != '27-00058-APPS'
- y12 (y12-blm-extension.txt): kinds ['acknowledged', 'extension'] != ['extension']; received '2026-11-02' != None
- y13 (y13-nara-referral-frc.txt): outcome None != 'other'
- y14 (y14-usps-final-denied.pdf): outcome 'partial_grant' != 'denied'; pages_withheld None != 63

After general fixes (the appeal's number read after a comma that sets the number word apart from its label: "Re:
Appeal, No. 27-00058-APPS"; no records found read where the office says it has none to give: "Accordingly, we have no
records to provide to you"; a request sent on to the office that holds the records with what goes with it set between
commas: "we have referred your request, together with the privacy waiver you provided, to SSA for processing and
direct response to you"; no acknowledgement read in an extension letter that tells of the earlier letter that
acknowledged the request: "We wrote to you on November 6, 2026, to acknowledge your request"), 13 of 14.
After general fixes (a redacted copy to be had elsewhere is none sent: "a redacted version of the agreement ... was
filed with the Postal Regulatory Commission and is available to the public on the Commission's website"), 10 of 14.
The two sets of general fixes above, made apart and both applied: 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout299"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
