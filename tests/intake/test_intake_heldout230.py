"""The two-hundred-and-thirtieth held-out set: 14 letters (letters/heldout230), seven federal and seven from state
and local agencies of seven states, in the formats letters arrive in (text, PDF text, e-mail, Word): a NASA
Headquarters acknowledgement e-mail taking the ten-working-day extension for unusual circumstances with the date it
expects to finish; an NRC Form 464 final response (PDF) with the exemptions ticked in Part II and the page counts in
the comments; a FEMA Disclosure Branch no-records letter (PDF); a TSA fee estimate e-mail asking for advance payment
over $250; an FAA Office of the Chief Counsel appeal acknowledgement; a GSA appeal decision (PDF) affirming an
Exemption 4 withholding and remanding the search, granted in part and denied in part; an NIH final response in Word
with pages released in full, in part and withheld and a table of exemptions; a Wisconsin DNR response with redactions
under Wis. Stat. § 19.36 and the mandamus notice of § 19.35(4)(b); a City of Bloomington, Indiana NextRequest
acknowledgement e-mail under IC 5-14-3-9 with the date records are expected; a Maryland Department of Labor
ten-working-day letter under GP § 4-203(b)(2) with an itemised fee estimate in Word; a Connecticut Department of
Correction final response with § 1-210(b) exemptions and pages withheld; a New Mexico Environment Department IPRA
three-day letter e-mail under § 14-2-8(D); a South Carolina Department of Public Safety no-records determination
(PDF); and an Oklahoma Department of Corrections copy-fee letter in Word under 51 O.S. § 24A.5.
Written blind (before the rules were read or run on them) and committed before scoring.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names, numbers and dates
invented):
- f01 NASA acknowledgement with extension: NASA's FOIA regulation on time extensions, 14 CFR 1206.403 (unusual
  circumstances, at most 10 working days, notice of the date processing is expected to finish; complex track with
  the up-front 10-day extension in 1206.400(b)(2)),
  https://www.govregs.com/regulations/expand/title14_chapterV_part1206_subpartD_section1206.403 and
  https://self-law.org/code/us/cfr/t14/s%C2%A7%201206.403; NASA case numbers (27-HQ-F-00052) as in earlier sets.
- f02 NRC final response: NRC Form 464 Parts I and II ("Agency records subject to the request are enclosed", "Since
  the minimum fee threshold was not met, you will not be charged fees", "We have withheld certain information
  pursuant to the FOIA exemptions described, and for the reasons stated, in Part II", NRC-YYYY-NNNNNN numbers),
  https://kanterella.com/ML25190A552, https://kanterella.com/ML20294A106 and
  https://vdocuments.net/response-to-freedom-of-information-act-foia-foiapa-2017-0070-final-response.html
- f03 FEMA no-records letter: the DHS/FEMA Disclosure Branch letters and FEMA's YYYY-FEFO-NNNNN numbers quoted on
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/ and
  FEMA's FOIA page https://webarchive.library.unt.edu/web/20161104232833/https://www.fema.gov/freedom-information-act
  (appeal to the Office of Chief Counsel under 6 C.F.R. § 5.8; the $14 minimum).
- f04 TSA fee estimate: TSA's FOIA pages (https://www.tsa.gov/FOIA, https://tsa.gov/foia/requests: 20 business days,
  the 10-day extension, the FOIA Branch address and telephone) and the DHS fee rule 6 C.F.R. § 5.11 (advance payment
  over $250, the 30-working-day reply before administrative closure).
- f05 FAA appeal acknowledgement: the DOT/FAA FOIA process described on http://aireform.com/resources/foia/air-foia/air-foia-fy2013/
  and https://www.faa.gov/foia (appeals to the Office of the Chief Counsel, 49 CFR part 7, 20 working days).
- f06 GSA appeal decision: GSA's appeal regulation 41 C.F.R. § 105-60.700 (appeals to the FOIA Requester Service
  Center, FOIAonline tracking numbers GSA-YYYY-NNNNNN, 20 business days),
  https://casetext.com/regulation/code-of-federal-regulations/title-41-public-contracts-and-property-management/subtitle-c-federal-property-management-regulations-system/chapter-105-general-services-administration/part-105-60-public-availability-of-agency-records-and-informational-materals/subpart-i-appeals/section-105-60700-submitting-an-appeal
  and the GSA final rule https://regulations.justia.com/regulations/fedreg/2020/01/29/2020-00057.html
- f07 NIH final response: the NIH FOIA Office (Building 31, Room 5B35) from its annual reports,
  http://www.nih.gov/icd/od/foia/annualreports/annualreport2007.htm, and the HHS appeal formula (Deputy Agency Chief
  FOIA Officer, 90 days, "Freedom of Information Act Appeal"); no NIH letter page found in the time available.
- s08 Wisconsin DNR response: Wis. Stat. § 19.35 (http://wi.elaws.us/statutes/19.35), the DOJ Public Records Law
  Compliance Outline (https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39)
  and the balancing test as the League of Wisconsin Municipalities explains it (https://lwm-info.org/1080/Public-Records-FAQ-8).
- s09 Bloomington, Indiana acknowledgement: APRA's seven-day acknowledgement and reasonable time (IC 5-14-3-9,
  IC 5-14-3-3(b)), https://content.govdelivery.com/accounts/INARA/bulletins/30abe7c and
  https://www.hspa.com/2011/12/12/qa-records-request-response-time/; NextRequest notification wording as in earlier
  sets' NextRequest e-mails.
- s10 Maryland Department of Labor ten-day letter: GP § 4-203(b)(2) (time anticipated, estimate of fees, reason for
  the delay), https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-203/, and the Attorney
  General's PIA Manual https://docslib.org/doc/10462037/maryland-public-information-act-manual
- s11 Connecticut DOC final response: Conn. Gen. Stat. §§ 1-210(b), 1-212 and 1-206(b)(1) and the earlier sets'
  Connecticut letters; no agency page found in the time available.
- s12 New Mexico Environment Department three-day letter: NMSA 1978, § 14-2-8(D) as quoted on
  http://corrales-nm.org/inspection-of-public-records/ and the Attorney General's IPRA Compliance Guide,
  https://fdocuments.in/document/inspection-of-public-records-act-compliance-guide.html
- s13 South Carolina DPS no-records determination and s14 Oklahoma DOC fee letter: written from the statutes they
  cite (S.C. Code Ann. § 30-4-30(c); 51 O.S. § 24A.5) and earlier sets' letters from those states; no agency page
  found in the time available.

Not yet scored.

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 13 of 14 fully right, and 14 of 14 matched to
its request by its number. Misses:
- s12 (New Mexico three-day letter): read as a final determination, not as an acknowledgement with its day of
  receipt and the day the records are anticipated ("this letter is to inform you that the records you requested will
  not be available for inspection within three business days. ... NMED anticipates that the records will be available
  on or before December 15, 2026").

After general fixes (what records of a kind cost, 'Electronic records are provided at no cost; paper copies are
$0.25 per page', is no release), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout230"
# What the rules reach on this set now; it may only go up. Not yet scored.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
