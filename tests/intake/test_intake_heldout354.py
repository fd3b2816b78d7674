"""The three-hundred-and-fifty-fourth held-out set: 14 letters (letters/heldout354) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: an NLRB e-mail acknowledging an
appeal to the Office of the General Counsel with its appeal number and day of receipt; a Treasury appeal decision
(PDF) affirming the withholding of drafts and memoranda under Exemption 5; a National Archives appeal decision by the
Deputy Archivist reversing an Exemption 5 withholding and releasing 34 pages; a Defense Logistics Agency appeal
decision in Word granted in part (Exemption 4 affirmed, Exemption 5 reversed, Exemption 6 not challenged); a Forest
Service appeal decision remanding a no-records response for a new search; a Connecticut Freedom of Information
Commission final decision (PDF) ordering a police department to disclose use of force records (docket only); a Utah
State Records Committee decision and order granting an appeal in part (docket only); a Louisville Metro Police
Department release in Word after an Attorney General open records decision, with a table of what was redacted and
under which provision; an Office of Justice Programs letter denying a commercial requester's fee waiver; a U.S.
Marshals Service e-mail granting expedited processing to a lawyer for a prisoner in its custody; an FAA e-mail asking
whether the requester is still interested; an EOIR interim response (PDF) in FOIA litigation; a Massachusetts
Supervisor of Records determination e-mailed with the letter attached as PDF, ordering a city to release settlement
agreements (docket only); and a DoD Inspector General supplemental response after OGIS's assistance.

- s01-nlrb-appeal-ack.eml: NLRB appeal 2027-A-0047 on request NLRB-2026-001318, received November 17, 2026.
- s02-treasury-appeal-affirmed.pdf: Treasury appeal 2027-APP-00031 denied, Exemption 5 withholding affirmed.
- s03-nara-appeal-reversed.txt: NARA appeal NGC27-009A, Exemption 5 withholding reversed, 34 pages released in full.
- s04-dla-appeal-partly.docx: DLA appeal DLA-2027-APP-00012 granted in part and denied in part, Exemption 4
  affirmed, Exemption 5 reversed, 19 pages released with Exemption 6 redactions.
- s05-usfs-appeal-remanded.txt: USDA/Forest Service appeal 2027-FS-APP-00018-A, no-records response remanded for a
  new search.
- s06-ct-foic-final-decision.pdf: Connecticut FOIC Docket #FIC 2026-0214, § 1-210(b)(3)(C) not proven, records to be
  provided free of charge.
- s07-ut-src-decision-order.txt: Utah State Records Committee Case No. 26-71, granted in part (use of force reports
  public with § 63G-2-302(2)(d) redactions), video protected under § 63G-2-305(13).
- s08-ky-lmpd-release-after-ag-decision.docx: LMPD release after 26-ORD-231, 146 pages (49 redacted), 8 withheld,
  KRS 61.878(1)(a), 610.320(3), 61.878(1)(l), 17.150(4).
- s09-ojp-fee-waiver-denied.txt: OJP fee waiver denied under 28 C.F.R. 16.10(k) (commercial interest).
- s10-usms-expedite-granted.eml: USMS expedited processing granted under 28 C.F.R. 16.5(e)(1)(i), request received
  November 24, 2026.
- s11-faa-still-interested.eml: FAA "still interested?" e-mail, reply by January 4, 2027.
- s12-eoir-litigation-production.pdf: EOIR second interim response in litigation, 750 pages processed, 212
  duplicative or non-responsive, 397 in full, 118 in part, 23 withheld, Exemptions 5, 6, 7(E), 41 pages referred.
- s13-ma-spr-determination.eml: Massachusetts Supervisor of Records SPR26/2788, Exemptions (a) and (f) not shown,
  settlement agreements to be provided.
- s14-dodig-supplemental-after-ogis.txt: DoD OIG supplemental response after OGIS Case No. 2026-01944, 17 pages
  released with redactions, 5 withheld, Exemptions 5, 6 and 7(C).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 NLRB: 29 C.F.R. 102.117 and the Board's FOIA reference guide,
  https://nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide-0, and its stock sentence on appeal
  statements ("we cannot accept any limitations on the use of any appeal statement or evidence in support thereof"),
  https://www.yumpu.com/en/document/view/50982162/january-2011-national-labor-relations-board/93
- s02 Treasury: 31 C.F.R. 1.5 and the federal appeal decisions of earlier sets (deliberative process privilege,
  foreseeable harm, segregability, judicial review and OGIS paragraphs).
- s03 NARA: 36 C.F.R. 1250.72-1250.74 (appeals decided by the Deputy Archivist) and NARA's FOIA pages,
  https://managingfoia.wordpress.com/category/national-archives-and-records-administration/
- s04 DLA: 32 C.F.R. part 286 (DoD FOIA program, 286.10 on confidential commercial information) and the DoD appeal
  decisions of earlier sets.
- s05 USDA/Forest Service: 7 C.F.R. 1.14 (appeals decided by the agency head, OGC review for legal sufficiency) and
  the remand decisions of earlier sets.
- s06 Connecticut FOIC: the Commission's final decisions (caption, findings numbered, "The following order by the
  Commission is hereby entered", § 4-180(c) party list),
  https://portal.ct.gov/FOI/Decisions/Final-Decisions-2014/FIC2013-240
- s07 Utah State Records Committee: its decisions and orders,
  http://168.177.21.21/src/srcappeal-2023-33.html, http://168.177.21.21/src/srcappeal-2024-08.html and
  https://archivesnews.utah.gov/2020/11/10/state-records-committee-2020/
- s08 Louisville Metro PD: KRS 61.878, 61.880(2) and 17.150, and the Kentucky letters of earlier sets.
- s09 OJP: 28 C.F.R. 16.10(k) and the DOJ components' fee-waiver letters of earlier sets (OIP appeal paragraph).
- s10 USMS: 28 C.F.R. 16.5(e) (expedited processing, the certified statement) and the expedite letters of earlier
  sets.
- s11 FAA: the "still interested" letters of earlier sets (30 calendar days, administrative closure).
- s12 EOIR: the interim releases in FOIA litigation of earlier sets (processing rate set in a joint status report,
  Bates ranges, referral under 28 C.F.R. 16.4(d)).
- s13 Massachusetts Supervisor of Records: G. L. c. 66, § 10A, 950 C.M.R. 32.08 and the determinations of earlier
  sets ("Unsatisfied with the ... response, ... petitioned this office").
- s14 DoD OIG: 32 C.F.R. part 286 and the supplemental responses after OGIS of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f3c80585: 6 of 14 fully right. Wrong were:
- s04 (s04-dla-appeal-partly.docx): tracking ['2027-APP-00012', 'DLA-2026-HQ-004417', '2026-HQ-004417'] !=
  DLA-2026-HQ-004417
- s05 (s05-usfs-appeal-remanded.txt): outcome 'partial_grant' != 'other'
- s06 (s06-ct-foic-final-decision.pdf): kinds ['final_determination'] != ['appeal_decision']; appeal_number None != 'FIC
  2026-0214'; outcome 'denied' != 'full_grant'; exemptions ['Conn. Gen. Stat. § 1-210(b)(3)(C)'] != None
- s07 (s07-ut-src-decision-order.txt): appeal_number None != '26-71'; exemptions ['Utah Code § 63G-2-305(13)'] != ['Utah
  Code § 63G-2-305(13)', 'Utah Code § 63G-2-302(2)(d)']
- s08 (s08-ky-lmpd-release-after-ag-decision.docx): exemptions ['KRS 61.878(1)(h)', 'KRS 61.878(1)(j)', 'KRS
  61.878(1)(a)', 'KRS 610.320(3)', 'KRS 61.878(1)(l)', 'KRS 17.150(4)'] != ['KRS 61.878(1)(a)', 'KRS 610.320(3)', 'KRS
  61.878(1)(l)', 'KRS 17.150(4)']; pages_released 250 != 146
- s09 (s09-ojp-fee-waiver-denied.txt): kinds ['fee_waiver_decision'] != ['acknowledged', 'fee_waiver_decision'];
  received None != '2026-11-04'; outcome 'full_grant' != 'denied'
- s11 (s11-faa-still-interested.eml): kinds ['acknowledged', 'clarification_requested'] != ['clarification_requested'];
  received '2026-06-08' != None; expected_by '2027-01-04' != None
- s14 (s14-dodig-supplemental-after-ogis.txt): pages_withheld 22 != 5

After general fixes (what the rules now read, quoting the wording), 7 of 14: s11's opening "The Federal Aviation
Administration (FAA) is in receipt of your Freedom of Information Act (FOIA) request" before "we are asking requesters
with pending requests to confirm whether they are still interested" acknowledges nothing (a still-interested letter
asks whether to go on with a request long acknowledged). s09's outcome is now read from "your request for a
fee waiver is denied" ("Edward Byrne Memorial Justice Assistance Grant competitive solicitations" is a grant program's
title, no grant of the waiver); its acknowledgement on "your Freedom of Information Act (FOIA) request, dated November
2, 2026, and received by this office on November 4, 2026" is not logged, as heldout353's c08 (FHFA, the same wording
in a fee-waiver denial) and heldout311's h04 log none for it.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout354"
# What the rules reached on this set when it was scored once, sealed (6); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "s04-dla-appeal-partly.docx",
    "s05-usfs-appeal-remanded.txt",
    "s06-ct-foic-final-decision.pdf",
    "s07-ut-src-decision-order.txt",
    "s08-ky-lmpd-release-after-ag-decision.docx",
    "s09-ojp-fee-waiver-denied.txt",
    "s14-dodig-supplemental-after-ogis.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
