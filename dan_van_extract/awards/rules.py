"""The named rules of the awards extractor: one entry per award decision.

1. **Forms** (:data:`FORM`): ``Bằng khen``, ``Giấy khen``, ``Cờ thi đua`` (with a ``Vì ...``
   name or ``xuất sắc``); ``Huân chương``/``Huy chương`` with an order name or a
   capitalised one, and/or ``hạng Nhất|Nhì|Ba``; ``Kỷ niệm chương`` with its ``Vì ...`` name
   (the name is part of the form); ``Huy hiệu 30 năm tuổi Đảng`` (grades listed together,
   ``45 năm và 50 năm``, are an award each when no count goes with them); ``danh hiệu
   ...``; an emulation title standing alone (``Lao động tiên tiến``, ``chiến sỹ tiên
   tiến``); a verb that is the award
   (``khen thưởng``, ``tuyên dương``, ``vinh danh``) when recipients are counted with it
   (``các hình thức khen thưởng của X cho 3 tập thể``: its issuer between them), or
   when collectives and individuals, not counted, are its passive subject (``nhiều tập thể
   và cá nhân ... đã được khen thưởng``) and the text reports no other award; so is
   ``khen thưởng`` done (``đã khen thưởng các tập thể, cá nhân``), its recipients right after
   it with no ``cho`` and not counted.
   A bare ``Huân chương``, ``Kỷ niệm chương``, ``Huy hiệu``, a ``danh hiệu`` and an
   emulation title need an award verb before them, a count, or ``của``/``do`` after them.
2. **Counts** (``12 tập thể và 13 cá nhân``; ``đơn vị``, ``chi hội`` are collectives,
   ``hội viên``, ``đảng viên``, ``cán bộ`` individuals): after the form (``cho`` or not),
   before it when a verb joins them (``6 đơn vị nhận Cờ thi đua``, ``9 tập thể ... được X
   biểu dương``), or opened by a verb before the form. A count after the form beats one
   before its verb; ``Ngoài N tập thể ...`` fills the other count of the sentence's award.
3. **Issuer** (:mod:`.issuers`): bodies listed as the subject each grant (``Ban Dân tộc tỉnh
   và UBND huyện``: two awards), but the Party committee and the government of one place
   grant jointly (``Đảng ủy và UBND xã``: one award, that issuer); a body whose first
   predicate stands before the verb's (``UBND huyện X tổng kết ... và tặng``) is the issuer
   without that predicate; a second item of a list
   (``Cờ thi đua cho 4 tập thể; Bằng khen cho 19 tập thể``) shares the first one's.
4. **Reason**: ``(vì) (đã) có thành tích xuất sắc ...`` after the award.
5. **Not given**: a proposal, a procedure, a revocation, a promise, a hope, a refusal, a
   target (``đăng ký phấn đấu đạt danh hiệu``)
   (``data/negative_cues.tsv``) shortly before the form in its clause, with no completed act
   in it; an emulation title describing recipients already counted for another award.
6. **Umbrellas**: ``khen thưởng cho các tập thể, cá nhân ... Cụ thể: 17 đơn vị nhận Cờ
   thi đua ...`` (a verb naming no count, with award items after it) and the Party badge
   named with no grade nor count where graded badges are reported (``Tại lễ trao Huy hiệu
   Đảng, ...``) sum up the awards given: they are not awards of their own; nor are grades
   listed with no count (``lễ trao huy hiệu 65, 50, 40 và 30 năm tuổi đảng``) where the
   Party badge is counted (``có 6 đảng viên được trao huy hiệu Đảng``). Grades listed with
   one count are one award: the Party badge (``Huy hiệu 70 năm, 60 năm tuổi Đảng cho 5
   đồng chí``, or with the batch between: ``... tuổi Đảng đợt 2/9 cho 11 đồng chí``), or the
   list as written when the count stands before it (``311 đảng viên được trao Huy hiệu 45
   năm, 40 năm và 30 năm tuổi Đảng``: one item of a breakdown). A breakdown by grade with
   each count after its grade (``Huy hiệu 65 năm tuổi Đảng có 02 đồng chí; 45 năm tuổi Đảng
   02 đồng chí``, the badge's word left out after the first) is an award per grade.
7. **One award per decision**: mentions of one form (or of forms one of which extends the
   other) with compatible counts and issuers merge; a verb-award and the noun form naming
   the same award merge, the noun being the form. Issuers compare in their short forms
   (``LĐLĐ huyện`` = ``Liên đoàn lao động huyện``, ``data/issuer_abbreviations.tsv``), and a
   body's short name matches its full one (``Ban Chỉ đạo tỉnh`` = ``Ban Chỉ đạo vận động hiến
   máu tình nguyện tỉnh``: the opening words and the last kept); a named
   award granted by one body (``được T.Ư Đoàn trao tặng``) and handed over by another
   (``Tỉnh đoàn trao tặng ... cho 2 đoàn viên``) is one award, the granting body its issuer.
   An award in the headline whose count sums up the other awards' counts is none of its own.
"""

from __future__ import annotations

from .._rules import Rule
from .lexicon import COUNTS_RE, FORM_RE

__all__ = [
    "COUNTS",
    "DESCRIBES_RECIPIENTS",
    "FORM",
    "FORMS_OF_AWARD",
    "FORM_RULES",
    "HEADLINE_TOTAL",
    "HOUSEHOLDS_TITLE",
    "ISSUER_COORDINATED",
    "ISSUER_SHORT_NAME",
    "NEEDS_CONTEXT",
    "NOT_GIVEN",
    "PARTY_BADGE_BREAKDOWN",
    "PARTY_BADGE_GRADES",
    "PARTY_BADGE_UMBRELLA",
    "PASSIVE_SUMMARY",
    "PRIZE",
    "RATING",
    "SPORTS_MEDAL",
    "UMBRELLA",
    "UNCOUNTED_ACTIVE",
    "UNCOUNTED_PASSIVE",
    "VERB_WITHOUT_COUNT",
]

FORM = Rule("awards.form", "An award form and its name where the text gives one.", FORM_RE)
COUNTS = Rule("awards.counts", "12 tập thể và 13 cá nhân, 71 tập thể, cá nhân.", COUNTS_RE)
FORM_RULES = {
    "plain": Rule("awards.plain-form", "Bằng khen, Giấy khen, Cờ thi đua and their counts."),
    "order": Rule(
        "awards.order",
        "Huân chương / Huy chương with an order name or a rank (or an award verb before it).",
    ),
    "medal": Rule("awards.medal", 'Kỷ niệm chương "Vì ..." (or an award verb before it).'),
    "badge": Rule(
        "awards.badge",
        "Huy hiệu 30 năm tuổi Đảng, each grade of a count-less list its own; a list with one "
        "count is one award; a badge's own capitalised name when recipients are counted after "
        "it (huy hiệu Phụ trách Đội giỏi cho 4 đồng chí).",
    ),
    "title": Rule("awards.title", "danh hiệu ... after an award verb (tặng, đạt, công nhận)."),
    "praise": Rule("awards.praise", "gương điển hình tiên tiến after công nhận or a count."),
    "prize": Rule(
        "awards.named-prize",
        "Giải thưởng Lý Tự Trọng (a prize with its own name) given to counted recipients.",
    ),
    "emulation": Rule(
        "awards.emulation-title",
        "An emulation title standing alone (Lao động tiên tiến, chiến sỹ tiên tiến) after an "
        "award verb or a count of recipients.",
    ),
    "verb": Rule(
        "awards.verb-award",
        "khen thưởng, tuyên dương, biểu dương, vinh danh with counted recipients after it or "
        "before it (passive: 9 tập thể ... được X biểu dương), or cho các tập thể, cá nhân.",
    ),
}
FORMS_OF_AWARD = Rule(
    "awards.forms-of-award",
    "các hình thức khen thưởng của Trung ương Đoàn cho 3 tập thể, 6 cá nhân: the verb names the "
    "awards given, so it takes its issuer after của/do and its counts after cho, as a noun "
    "form does; a count right after a verb-award is not the next form's when that one has its "
    "own (..., trao huy hiệu X cho 4 đồng chí).",
)
SPORTS_MEDAL = Rule("awards.sports-medal", "huy chương vàng, bạc, đồng: a sports medal.")
NEEDS_CONTEXT = Rule(
    "awards.needs-context",
    "A bare Huân chương, Kỷ niệm chương, Huy hiệu, danh hiệu or emulation title with no award "
    "verb before it, no count and no của/do after it: not an award (mua kỷ niệm chương).",
)
NOT_GIVEN = Rule(
    "awards.not-given",
    "A proposal, a procedure, a revocation, a promise, a hope or a target (đề nghị, hồ sơ, thu "
    "hồi, sẽ đón nhận, hy vọng, phấn đấu đạt) shortly before the form in its clause, and no "
    "completed act in it.",
)
VERB_WITHOUT_COUNT = Rule(
    "awards.verb-without-count",
    "khen thưởng, biểu dương with no recipients: speech (biểu dương những kết quả), "
    "a body's name (Hội đồng Thi đua - Khen thưởng) or a topic, not an award.",
)
PRIZE = Rule(
    "awards.prize",
    "trao thưởng, tôn vinh N tác giả in a clause about giải: a competition's prize.",
)
RATING = Rule(
    "awards.rating",
    "danh hiệu văn hóa, trong sạch vững mạnh (not_titles.txt): a rating, not an award.",
)
HEADLINE_TOTAL = Rule(
    "awards.headline-total",
    "Tuyên dương 33 tập thể, cá nhân (headline) over khen thưởng 11 tập thể và 22 cá nhân: an "
    "award named in the headline whose count is the sum of the other awards' counts totals "
    "them: not an award of its own.",
)
ISSUER_COORDINATED = Rule(
    "awards.issuer-coordinated",
    "UBND huyện X tổng kết phong trào thi đua và tặng Giấy khen ...: a body opening the clause, "
    "its first predicate (data/first_predicates.txt) coordinated with the granting verb's by "
    "và or a comma, no adverb marking where it starts: the body is the issuer, not the words "
    "up to và.",
)
ISSUER_SHORT_NAME = Rule(
    "awards.issuer-short-name",
    "được Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tặng Giấy khen ... được Ban Chỉ đạo "
    "tỉnh tặng Giấy khen: one body named in full, then with its purpose left out (the same "
    "opening words and the same last word): one award, not two.",
)
HOUSEHOLDS_TITLE = Rule(
    "awards.households-title",
    "gần 54.500 hộ nông dân đạt danh hiệu SXKDG, 60% số hộ đạt danh hiệu ...: households "
    "reaching a title in a movement are a statistic, not an award given.",
)
DESCRIBES_RECIPIENTS = Rule(
    "awards.describes-recipients",
    "cho 5 tập thể đạt danh hiệu lao động xuất sắc: a title describing recipients counted "
    "for another award is not an award of its own.",
)
UMBRELLA = Rule(
    "awards.umbrella",
    "khen thưởng cho các tập thể, cá nhân ... Cụ thể: 17 đơn vị được nhận Cờ thi đua ...: a "
    "verb naming no count, with award items after it in its sentence or the next, sums them "
    "up: not an award of its own (an item naming no issuer takes its issuer).",
)
PARTY_BADGE_UMBRELLA = Rule(
    "awards.party-badge-umbrella",
    "Tại lễ trao Huy hiệu Đảng, ... trao Huy hiệu 30 năm tuổi Đảng: the Party badge named "
    "with no grade and no count, where graded badges are reported, names the ceremony or "
    "sums them up: not an award of its own.",
)
PARTY_BADGE_GRADES = Rule(
    "awards.party-badge-grades",
    "lễ trao huy hiệu 65, 50, 40 và 30 năm tuổi đảng ... có 6 đảng viên được trao huy hiệu "
    "Đảng: grades listed with no count, where the Party badge is counted, say what the "
    "counted badge covers: not awards of their own.",
)
PARTY_BADGE_BREAKDOWN = Rule(
    "awards.party-badge-breakdown",
    "trong đó: Huy hiệu 65 năm tuổi Đảng có 02 đồng chí; 45 năm tuổi Đảng 02 đồng chí: a "
    "breakdown by grade, each grade counted after it (the badge's word left out after the "
    "first item): an award per grade with its count.",
)
UNCOUNTED_PASSIVE = Rule(
    "awards.uncounted-passive",
    "nhiều tập thể và cá nhân có thành tích ... đã được khen thưởng: collectives and "
    "individuals, not counted, as the passive subject of an award verb: an award given, with "
    "no counts.",
)
UNCOUNTED_ACTIVE = Rule(
    "awards.uncounted-active",
    "UBND xã đã khen thưởng các tập thể, cá nhân có thành tích ...: khen thưởng as a completed "
    "act (đã, vừa), its recipients named right after it with no cho and not counted: an award "
    "given, with no counts (biểu dương, tuyên dương so written are mostly a speech's praise).",
)
PASSIVE_SUMMARY = Rule(
    "awards.passive-summary",
    "Các tập thể, cá nhân được khen thưởng (a caption, a headline, a summary), or đã khen "
    "thưởng các tập thể, cá nhân, where the text reports other awards: it sums them up, not "
    "an award of its own.",
)
