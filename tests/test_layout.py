"""Article layout: every part of a scraped page gets its label."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, read
from dan_van_extract import extract
from dan_van_extract.layout import INLINE_FURNITURE_RE, _search_inline_furniture, segment
from dan_van_extract.text import normalize


def kinds(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    lay = segment(norm)
    return [(p.kind, norm[p.start : p.end]) for p in lay.parts]


def kind_of(text: str, line: str) -> str:
    for kind, part in kinds(text):
        if part.startswith(line):
            return kind
    raise AssertionError(f"no part starts with {line!r}")


def test_site_header_date_above_the_title_is_header() -> None:
    text = read(FIXTURES / "001_b0fcba9bdf345ef0.txt")
    assert kind_of(text, "Thứ 3, 26/11/2024") == "header"
    assert kind_of(text, "Triển khai nhiệm vụ") == "title"
    assert kind_of(text, "Thứ 4, 30/09/2020") == "meta"
    assert kind_of(text, "4,029 lượt xem") == "meta"
    assert kind_of(text, "Đào Quyên") == "byline"


def test_date_line_above_the_title_without_another_is_meta() -> None:
    text = read(FIXTURES / "002_05d560c1b6d1a30b.txt")
    assert kind_of(text, "Thứ Tư, 30/11/2022") == "meta"
    assert kind_of(text, "Đắk Nông: Hoạt động") == "title"
    assert kind_of(text, "Trao Giấy khen của Ban") == "caption"
    assert kind_of(text, "Lê Hùng") == "byline"
    assert kind_of(text, "Gửi cho bạn bè") == "furniture"
    assert kind_of(text, "Xem nhiều nhất") == "furniture"


def test_related_news_list_is_furniture() -> None:
    text = read(FIXTURES / "003_2e1fe8a065c3bd76.txt")
    parts = kinds(text)
    related = [p for k, p in parts if p.startswith("- ")]
    assert len(related) == 11
    assert all(k == "furniture" for k, p in parts if p.startswith("- "))
    assert kind_of(text, "Bá Lục") == "byline"
    # A lead paragraph is not a headline.
    assert not any(k == "title" for k, _ in parts)


def test_media_counters_and_url_encoded_names_are_furniture() -> None:
    assert kind_of(read(FIXTURES / "000_a9fb934fb6383248.txt"), "0:00 / 0:00") == "furniture"
    text = read(FIXTURES / "004_893ddebd528b08a1.txt")
    assert kind_of(text, "142455%C4%90") == "furniture"
    assert kind_of(text, "Nguồn bài viết") == "furniture"
    assert kind_of(text, "http://baokontum.com.vn") == "furniture"
    assert kind_of(text, "baokontum.com.vn") == "meta"
    assert kind_of(text, "23/02/2024 15:24") == "meta"


def test_repeated_caption_line_is_a_caption() -> None:
    text = read(FIXTURES / "000_a9fb934fb6383248.txt")
    assert kind_of(text, "Trao Giấy khen cho các cá nhân") == "caption"


def test_inline_furniture_after_a_one_line_body() -> None:
    text = (
        "Lãnh đạo tỉnh thăm hỏi gia đình chính sách\n"
        "Sáng 2/9, đoàn công tác của tỉnh đã đến thăm và tặng quà các gia đình chính sách "
        "tại huyện miền núi, động viên bà con vượt qua khó khăn. Minh Anh Bình luận (0) "
        "Báo Điện Tử Tỉnh Cơ quan chủ quản: Tỉnh ủy Giấy phép số 12/GP"
    )
    parts = kinds(text)
    assert parts[0][0] == "title"
    assert parts[-1][0] == "furniture"
    assert parts[-1][1].startswith("Bình luận (0)")


def test_content_mask_keeps_offsets() -> None:
    norm = normalize(read(FIXTURES / "003_2e1fe8a065c3bd76.txt"))
    lay = segment(norm)
    assert len(lay.content) == len(norm)
    assert "Trần Phú Hùng" in norm
    assert "Trần Phú Hùng" not in lay.content
    assert "Phạm Minh Tấn" in lay.content


def test_a_first_line_that_is_a_sentence_is_not_a_headline() -> None:
    lead = "Sáng nay, Hội Nông dân huyện tổ chức hội nghị sơ kết công tác hội sáu tháng đầu năm."
    parts = kinds(lead + "\nNội dung bài viết tiếp theo ở đây, dài hơn một chút.")
    assert parts[0][0] != "title"
    # A short headline ending with a full stop is still a headline.
    assert kinds("Ra mắt mô hình dân vận khéo.\nNội dung.")[0][0] == "title"


def test_a_caption_naming_someone_is_not_the_byline() -> None:
    text = "Tiêu đề bài viết\nNội dung bài viết, đủ dài để là thân bài.\nÔng Nguyễn Văn Hòa."
    assert kind_of(text, "Ông Nguyễn Văn Hòa") != "byline"


def test_a_line_broken_inside_a_sentence_reads_as_one() -> None:
    text = (
        "Tổng kết công tác năm\n\n"
        "Đồng chí Lê Văn Tám – Giám đốc phòng giao dịch\n\n"
        "ngân hàng CSXH huyện đọc báo cáo.\n\n"
        "Hội nghị kết thúc.\n\nđây là dòng mới"
    )
    norm = normalize(text)
    content = segment(norm).content
    assert len(content) == len(norm)
    assert "phòng giao dịch ngân hàng" in " ".join(content.split())
    # a line ending a sentence keeps its break, whatever case the next line starts with
    assert "kết thúc.\n\nđây" in content


def test_officials_title_across_a_broken_caption_line() -> None:
    from dan_van_extract import extract

    text = "Đồng chí Lê Văn Tám – Giám đốc phòng giao dịch\n\nngân hàng CSXH huyện đọc báo cáo."
    doc = extract(text)
    assert [o.titles for o in doc.officials] == [["Giám đốc phòng giao dịch ngân hàng CSXH huyện"]]


def test_a_headline_ending_in_a_full_stop_over_a_date_line() -> None:
    text = (
        "Huyện đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi "
        "năm 2020.\n"
        "28/12/2020 03:52\n\n"
        "Sáng 26/12, Huyện đoàn tổ chức hội nghị tổng kết."
    )
    assert kinds(text)[0][0] == "title"
    assert kinds(text)[1][0] == "meta"


def test_a_lead_sentence_with_no_date_line_under_it_is_not_a_headline() -> None:
    text = (
        "Sáng 26/12, Huyện đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào năm 2020.\n\n"
        "Dự hội nghị có đại diện lãnh đạo huyện."
    )
    assert kinds(text)[0][0] != "title"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Bình luận (3)", "Tin liên quan", "Bài viết liên quan", "Theo dõi chúng tôi"]
        )
        | st.sampled_from(["Cơ quan chủ quản:", "Giấy phép số 1", "©", "| 12:50 06/02/2017", "|"])
        | st.sampled_from(["Xem thêm:", "Đọc thêm >", "aXem thêm:", "xem thêm:", "Tin", "Bài"])
        | st.sampled_from([" ", "\t", "\n", "x", "ể", "1", ".", "\u0301"])
    ).map("".join),
    st.data(),
)
def test_inline_furniture_search_from_a_hint_is_the_plain_search(
    line: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(line)))
    found = _search_inline_furniture(line, pos)
    plain = INLINE_FURNITURE_RE.search(line, pos)
    assert (found and found.span()) == (plain and plain.span())


def test_publication_lines_in_portal_formats_are_meta() -> None:
    body = "\nSáng 12/3, hội nghị đã diễn ra tại hội trường xã với nhiều đại biểu tham dự."
    assert kind_of("Tiêu đề của bài viết\nCreate: T5, 01/09/2020 - 09:39" + body, "Create") == (
        "meta"
    )
    text = "Tiêu đề của bài viết\nCập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)" + body
    assert kind_of(text, "Cập nhật, 09:53") == "meta"
    # a bulleted date line is meta; its bullet is not part of the value
    assert ("meta", "23/12/2025 20:46:00") in kinds("- 23/12/2025 20:46:00\n- Đã xem: 50" + body)


def test_page_chrome_by_shape_is_furniture() -> None:
    body = "\nSáng 12/3, hội nghị đã diễn ra tại hội trường xã với nhiều đại biểu tham dự."
    for chrome in ("Skip to main content", "Hình 1", ".", "|", "ناشر الأصول", "PrintAaa"):
        assert kind_of(f"{chrome}\nTiêu đề của bài viết{body}", chrome) == "furniture", chrome
    crumbs = "> Tin tức - Sự kiện > Tin hoạt động"
    assert kind_of(f"{crumbs}\nTiêu đề của bài viết{body}", crumbs) == "furniture"
    assert kind_of(f"{crumbs}\nTiêu đề của bài viết{body}", "Tiêu đề") == "title"


def test_widget_words_opening_a_sentence_are_content() -> None:
    text = (
        "Tiêu đề của bài viết\nThời tiết năm nay rét đậm kéo dài, bà con chủ động che chắn cho "
        "đàn gia súc.\nVideo clip do đoàn viên thực hiện được chia sẻ rộng rãi trên mạng."
    )
    assert kind_of(text, "Thời tiết năm nay") == "body"
    assert kind_of(text, "Video clip") == "body"


def test_the_writers_office_under_the_name_is_byline() -> None:
    body = (
        "Tiêu đề của bài viết\nSáng 12/3, hội nghị đã diễn ra tại hội trường xã với đông đủ "
        "đại biểu."
    )
    text = body + "\n\nHồng Nhung\n\nTrung tâm VHTT&TT huyện"
    assert kind_of(text, "Hồng Nhung") == "byline"
    assert kind_of(text, "Trung tâm VHTT&TT") == "byline"
    # with no name above it, the office's line is content
    assert kind_of(body + "\n\nTrung tâm VHTT&TT huyện", "Trung tâm VHTT&TT") != "byline"


_LEAD = "Sáng 12/3, hội nghị đã diễn ra tại hội trường xã với nhiều đại biểu tham dự."


def test_meta_lines_with_other_labels_and_view_counters() -> None:
    title = "Tiêu đề của bài viết\n"
    text = title + "Cập nhật ngày: 14/05/2021 09:20\n" + _LEAD
    assert kind_of(text, "Cập nhật ngày") == "meta"
    text = title + "(14/05/2021). Số lượt xem:315\n" + _LEAD
    assert kind_of(text, "(14/05/2021)") == "meta"
    # a view counter under the byline, its number on the next line, keeps the byline
    text = title + _LEAD + "\nThanh Hà\n|\nSố lượt người xem:\n2350\n|"
    assert kind_of(text, "Thanh Hà") == "byline"
    assert kind_of(text, "Số lượt người xem") == "meta"
    # the same words in a sentence are content
    text = title + _LEAD + "\nSố lượt xem các bài viết trên trang của xã tăng nhanh trong năm."
    assert kind_of(text, "Số lượt xem các") == "body"


def test_site_chrome_over_the_headline() -> None:
    body = "\n\nHội Nông dân xã sơ kết 6 tháng\n\n09:15, 14/05/2021\n\n" + _LEAD
    text = "Báo Tây Nguyên điện tử\nEn\n" + body
    assert kind_of(text, "Báo Tây Nguyên") == "header"
    assert kind_of(text, "En") == "furniture"
    assert kind_of(text, "Hội Nông dân xã") == "title"
    text = "• :\n  • :\nCHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ XÃ AN BÌNH" + body
    assert kind_of(text, "CHÀO MỪNG") == "furniture"
    assert kind_of(text, "Hội Nông dân xã") == "title"
    # a headline about the outlet is no site name; "English" in a sentence is content
    text = "Báo Tây Nguyên điện tử ra mắt giao diện mới\n\n" + _LEAD
    assert kind_of(text, "Báo Tây Nguyên") == "title"
    text = "Tiêu đề của bài viết\nEnglish là môn học được nhiều em chọn ở câu lạc bộ của xã."
    assert kind_of(text, "English là") == "body"


def test_a_related_news_list_at_the_end_is_furniture() -> None:
    text = (
        "Tiêu đề của bài viết\n" + _LEAD + "\nCác đại biểu thảo luận về 3 nhiệm vụ trọng tâm.\n"
        "Minh Tâm\n \n\t\nTin khác\n- Xã An Bình có 120 hộ thoát nghèo giai đoạn 2021-2023.\n"
        "- Tuyên dương 45 nông dân giỏi ."
    )
    assert kind_of(text, "Minh Tâm") == "byline"
    assert kind_of(text, "- Xã An Bình") == "furniture"
    assert kind_of(text, "- Tuyên dương") == "furniture"
    # a heading with no list under it cuts nothing after it
    text = "Tiêu đề của bài viết\n" + _LEAD + "\nTin khác\n" + _LEAD.replace("12/3", "13/3")
    assert kind_of(text, "Sáng 13/3") == "body"


def test_a_comment_notice_is_furniture() -> None:
    text = (
        "Tiêu đề của bài viết\n" + _LEAD + "\nThu Hà\nChia sẻ bài viết\nLƯU Ý: Tòa soạn sẽ "
        "biên tập ý kiến của bạn đọc trước khi đăng. Xin cảm ơn quý độc giả."
    )
    assert kind_of(text, "LƯU Ý") == "furniture"
    assert kind_of(text, "Thu Hà") == "byline"
    text = "Tiêu đề của bài viết\n" + _LEAD + "\nLưu ý: người dân cần mang theo căn cước."
    assert kind_of(text, "Lưu ý") == "body"


def test_a_comment_forms_character_counter_is_furniture() -> None:
    text = "Tiêu đề của bài viết\n" + _LEAD + "\nÝ kiến ()\n0 / 500 ký tự\nGửi"
    assert kind_of(text, "0 / 500 ký tự") == "furniture"
    assert extract(text).statistics == []
    text = "Tiêu đề của bài viết\n" + _LEAD + "\nMỗi bài dự thi dài 300/500 chữ là hợp lệ."
    assert kind_of(text, "Mỗi bài") == "body"


def test_a_lead_printed_twice_is_read_once() -> None:
    text = "Tiêu đề của bài viết\n" + _LEAD + "\nToàn cảnh hội nghị\n" + _LEAD + "\nKết thúc."
    parts = kinds(text)
    leads = [kind for kind, part in parts if part == _LEAD]
    assert leads == ["body", "furniture"]
    # a caption printed twice stays a caption, both times
    text = "Tiêu đề của bài viết\n" + _LEAD + "\nToàn cảnh hội nghị\nToàn cảnh hội nghị"
    assert [k for k, p in kinds(text) if p == "Toàn cảnh hội nghị"] == ["caption", "caption"]


def test_page_clock_weather_and_section_labels_over_the_headline() -> None:
    text = (
        "Thứ 3, 14/05/2024 09:12:07 GMT+7\nHà Giang, 24°C/19°C - 27°C\naA\n"
        "Xã hội 08:30, 02/03/2019 GMT+7\nHội Nông dân xã sơ kết quý I\n"
        "Thứ 7, 02/03/2019 | 08:30:00 842 lượt xem\n" + _LEAD
    )
    assert kind_of(text, "Thứ 3, 14/05") == "header"  # the page clock, not the post's date
    assert kind_of(text, "Hà Giang, 24°C") == "furniture"
    assert kind_of(text, "aA") == "furniture"
    assert kind_of(text, "Xã hội 08:30") == "header"
    assert kind_of(text, "Hội Nông dân xã") == "title"
    assert kind_of(text, "Thứ 7, 02/03") == "meta"
    text = "Hoạt động\nXem với cỡ chữAA\nHội Nông dân xã sơ kết quý I\n(09:10 | 15/12/2023)\n"
    assert kind_of(text + _LEAD, "Hoạt động") == "header"
    assert kind_of(text + _LEAD, "Xem với cỡ chữ") == "furniture"
    assert kind_of(text + _LEAD, "Hội Nông dân xã") == "title"
    assert kind_of("Tiếng Việt | English\n" + _LEAD, "Tiếng Việt") == "furniture"
    assert kind_of("Quảng cáo (Home-latest-1)\nTiêu đề bài\n" + _LEAD, "Quảng cáo") == "furniture"
    # a headline with a date of its own, a weather report in a sentence: content
    assert kind_of("Hội nghị ngày 15/03/2024\n" + _LEAD, "Hội nghị ngày") == "title"
    parts = kinds("Đại hội các cấp hoàn thành trước 30/6/2024\n" + _LEAD)
    assert ("title", "Đại hội các cấp hoàn thành trước 30/6/2024") in parts
    parts = kinds("KHÁNH THÀNH NHÀ ĐẠI ĐOÀN KẾT 08/10/2021\n" + _LEAD)
    assert ("title", "KHÁNH THÀNH NHÀ ĐẠI ĐOÀN KẾT") in parts and ("meta", "08/10/2021") in parts
    text = "Tiêu đề bài viết\n" + _LEAD + "\nHà Giang, 24°C vào buổi sáng, trời mát mẻ.\n"
    assert kind_of(text, "Hà Giang, 24°C") == "body"
    # a short headline with no date line under it is no section label
    assert kind_of("Dân vận khéo\n" + _LEAD, "Dân vận khéo") == "title"


def test_a_byline_or_section_and_the_stamp_on_one_line() -> None:
    head = "Mặt trận\n\nKhai mạc Đại hội Mặt trận tỉnh\n\n"
    parts = kinds(head + "Hồng Nhung - Văn Tài 12/05/2024 08:40\n\n" + _LEAD)
    assert ("title", "Khai mạc Đại hội Mặt trận tỉnh") in parts
    assert ("byline", "Hồng Nhung - Văn Tài") in parts and ("meta", "12/05/2024 08:40") in parts
    parts = kinds(head + "Văn Tài - 08:40 12/05/2024 GMT+7\n\n" + _LEAD)
    assert ("byline", "Văn Tài") in parts and ("meta", "08:40 12/05/2024 GMT+7") in parts
    parts = kinds(head + "Thời sự - 12/05/2024 08:40\n\n" + _LEAD)
    assert ("header", "Thời sự") in parts and ("meta", "12/05/2024 08:40") in parts
    # a date without a clock time after words is a headline's date, not a stamp
    assert kind_of("Hội nghị tổng kết 15/03/2024\n" + _LEAD, "Hội nghị tổng kết") == "title"


def test_a_labelled_date_line_after_the_body_is_the_publication_line() -> None:
    from dan_van_extract import extract

    text = "Tiêu đề bài viết\n\n" + _LEAD + "\nXuất bản:Thứ hai, 12/03/2018 10:15 (GMT+7)"
    assert kind_of(text, "Xuất bản:") == "meta"
    published = extract(text).published
    assert published is not None and published.value.startswith("2018-03-12T10:15")
    # an unlabelled date under the body is the page's furniture, not the post's date
    assert kind_of("Tiêu đề bài viết\n\n" + _LEAD + "\n12/03/2018 10:15", "12/03") == "furniture"
    assert extract("Tiêu đề\n\n" + _LEAD + "\nCập nhật:12/03/2018").published is not None


def test_link_widget_toolbar_tags_and_labels_over_the_headline() -> None:
    text = (
        "|\n|\nLiên kết website\nSở, Ban, Ngành UBND Huyện, Thị xã, Thành phố\n| | |\n"
        "Phụ nữ phường ra mắt mô hình mới Ngày cập nhật 14/06/2023\n" + _LEAD
    )
    assert kind_of(text, "Sở, Ban, Ngành") == "furniture"
    parts = kinds(text)
    assert ("title", "Phụ nữ phường ra mắt mô hình mới") in parts
    assert ("meta", "Ngày cập nhật 14/06/2023") in parts
    assert extract(text).published is not None
    toolbar = "A- A A+ | Chia sẻ bài viết lên facebook Tăng tương phản Giảm tương phản\n"
    assert kind_of(toolbar + "Tiêu đề bài viết\n" + _LEAD, "A- A A+") == "furniture"
    text = "Tiêu đề bài viết\n" + _LEAD + "\nTừ khóa: dân vận, Chủ tịch nước Lê Văn A, 50 năm\n"
    assert kind_of(text, "Từ khóa:") == "furniture"
    text = "Mặt trận\nKhai mạc Đại hội Hội Nông dân huyện\nMinh Anh - Hồng Sơn 12/07/2024 08:40\n"
    assert kind_of(text + _LEAD, "Mặt trận") == "header"
    text = "Đại hội Công đoàn\nBầu Ban Chấp hành khóa mới\nBầu Ban Chấp hành khóa mới\n"
    assert kind_of(text + _LEAD, "Đại hội Công đoàn") == "header"
    # negatives: office words in a headline that says what happened; a short headline over
    # a short line; a headline over a one-line lead and the writer's name
    text = "UBND huyện, thị xã, thành phố ra quân làm đường giao thông nông thôn\n" + _LEAD
    assert kind_of(text, "UBND huyện") == "title"
    assert kind_of("Dân vận khéo\nHội nghị sơ kết quý I\n" + _LEAD, "Dân vận khéo") == "title"
    text = "Tiêu đề bài viết về dân vận\nNDO - Sáng 23/11, hội nghị.\nLê Hùng"
    assert kind_of(text, "Tiêu đề bài") == "title"
    # a date after "ngày" is the headline's own, labelled or not
    parts = kinds("Hội nghị tổng kết cập nhật ngày 14/06/2023 các chỉ tiêu\n" + _LEAD)
    assert parts[0][0] == "title"


def test_chrome_round_six_over_the_headline_and_under_the_body() -> None:
    # a link box's categories: furniture, and the date line under them is read
    text = (
        "Liên kết Website\nCơ quan Đảng, Nhà nước\nCơ quan Báo chí\nNgày đăng: 05.03.2021\n" + _LEAD
    )
    assert kind_of(text, "Cơ quan Báo chí") == "furniture"
    assert extract(text).published is not None
    # a view counter and the date on one line; a date with seconds and an offset under a
    # subtitle; a credit before the date line
    assert kind_of("Lượt xem: 512 | Gửi lúc: 07/06/2015 10:12:40\n" + _LEAD, "Lượt xem") == "meta"
    text = "Hội Phụ nữ tỉnh tổng kết\nNgày 5/10 Hội tổ chức tổng kết\n17/11/2023 07:59:47 +07:00\n"
    assert kind_of(text + _LEAD, "17/11/2023") == "meta"
    assert extract(text + _LEAD).published is not None
    text = "QPTD -Thứ Ba, 17/12/2019, 10:22 (GMT+7)\nPhát huy vai trò dân vận\n" + _LEAD
    assert kind_of(text, "QPTD") == "meta"
    # a hard-wrapped first line is no headline; a byline wrapped at its office is the byline
    text = "Tham dự hội\nnghị có 80 đại biểu.\n" + _LEAD + "\nNgọc Lan - Ủy\nban MTTQVN huyện X"
    assert kind_of(text, "Tham dự hội") != "title"
    assert kind_of(text, "ban MTTQVN") == "byline"
    # negatives: a headline over a lead that opens in upper case stays; an anniversary headline
    # over its lead stays; a short headline with a dash over its lead stays
    text = "Kỷ niệm 75 năm Ngày thành lập Quân đội (1944 – 2019)\n" + _LEAD
    assert kind_of(text, "Kỷ niệm 75 năm") == "title"
    assert kind_of("Hà Nội - Huế kết nghĩa\n" + _LEAD, "Hà Nội - Huế") == "title"
    text = "Hội nghị tổng kết\n" + _LEAD + "\nCác đại biểu dự - Ủy\nban nhân dân xã."
    assert kind_of(text, "ban nhân dân xã.") != "byline"


def test_a_national_papers_menu_label_and_writer_around_the_headline() -> None:
    # the site's menu, the section's label, the headline, the writer's name (printed twice:
    # the author box and its link) over a date line ending in GMT+7
    text = (
        "Thời sự Thế giới Video Liên hệ\nThanh niên\n\n"
        "Tuyên dương 5 đoàn viên giúp dân chống lũ\n\nLê Minh Khoa\nLê Minh Khoa\n"
        "14/10/2024 09:05 GMT+7\n\n" + _LEAD
    )
    assert kind_of(text, "Thời sự Thế giới") == "header"
    assert kind_of(text, "Thanh niên") == "header"
    assert kind_of(text, "Tuyên dương 5") == "title"
    assert [k for k, p in kinds(text) if p == "Lê Minh Khoa"] == ["byline", "byline"]
    assert kind_of(text, "14/10/2024") == "meta"
    doc = extract(text)
    assert doc.title == "Tuyên dương 5 đoàn viên giúp dân chống lũ"
    assert doc.author == "Lê Minh Khoa"
    assert doc.published is not None and doc.published.value.startswith("2024-10-14T09:05")
    # the name written once, with no label over the headline
    text = "Hội Nông dân xã trao quà cho hội viên\nTrần Thu\n22/03/2023 16:40 GMT+7\n" + _LEAD
    assert kind_of(text, "Trần Thu") == "byline" and extract(text).author == "Trần Thu"
    # negatives: a name under the headline with no date line under it is no byline; a
    # subtitle over the date line stays content; a short headline over a subtitle stays
    text = "Hội Nông dân xã trao quà cho hội viên\nTrần Thu\n" + _LEAD
    assert kind_of(text, "Trần Thu") != "byline"
    text = "Hội Nông dân xã trao quà\nNhiều hội viên khó khăn được hỗ trợ\n22/03/2023 16:40\n"
    assert kind_of(text + _LEAD, "Nhiều hội viên") not in ("byline", "header")
    text = "Dân vận khéo ở bản\nMô hình hay\nHội Nông dân xã trao quà cho hội viên\n" + _LEAD
    assert kind_of(text, "Dân vận khéo ở bản") == "title"


def test_related_news_under_the_writers_name_is_furniture() -> None:
    # the writer's name, a comment counter, the related-news heading and a teaser with its
    # own lead: the teaser is another story
    teaser = (
        "Nâng cấp đường liên xã\n"
        "Sáng 5/6, Phó Chủ tịch UBND huyện Lê Văn Bình chủ trì buổi làm việc về giao thông."
    )
    text = (
        "Hội Nông dân tỉnh trao kỷ niệm chương\n\n" + _LEAD + "\n" + _LEAD + "\n\n Thảo Vy\n\n\n"
        "(3) Bình luận\nBài liên quan\nNổi bật\n" + teaser
    )
    assert kind_of(text, "Thảo Vy") == "byline"
    assert kind_of(text, "(3) Bình luận") == "furniture"
    assert kind_of(text, "Nâng cấp đường") == "furniture"
    assert kind_of(text, "Sáng 5/6, Phó Chủ tịch") == "furniture"
    doc = extract(text)
    assert doc.author == "Thảo Vy"
    assert not any(o.name == "Lê Văn Bình" for o in doc.officials)
    # with nothing after the heading, the name is still the writer
    assert extract(text.split("\nNổi bật")[0]).author == "Thảo Vy"
    # a heading inside the story, under a paragraph, not a name: the story goes on after it
    text = (
        "Hội Nông dân tỉnh trao kỷ niệm chương\n\n" + _LEAD + "\n" + _LEAD + "\n"
        "Tin liên quan\nNâng cấp đường liên xã\n" + teaser.split("\n")[1]
    )
    assert kind_of(text, "Sáng 5/6, Phó Chủ tịch") == "body"


def test_the_writer_over_a_photo_credit_and_the_attachments() -> None:
    text = (
        "Huyện tổng kết phong trào dân vận khéo\n\n" + _LEAD + "\n" + _LEAD + "./. \n\n"
        "Tin: Lâm Quốc Bảo\nẢnh: Ngọc Diệp\n \n\n\nTệp đính kèm\n"
        "Tệp đính kèm ; bao cao tong ket dan van kheo huyen.docx"
    )
    assert kind_of(text, "Tin: Lâm Quốc Bảo") == "byline"
    assert kind_of(text, "Tệp đính kèm ;") == "furniture"
    assert extract(text).author == "Lâm Quốc Bảo"
    # a photo credit alone under the body is no writer
    text = "Huyện tổng kết phong trào dân vận khéo\n\n" + _LEAD + "\n" + _LEAD + "\nẢnh: Ngọc Diệp"
    assert kind_of(text, "Ảnh: Ngọc Diệp") != "byline" and extract(text).author is None


def test_a_headline_ending_in_a_full_stop_over_a_dated_lead() -> None:
    head = "Biểu dương 85 gương điển hình trong phong trào thi đua yêu nước của lực lượng vũ trang."
    lead = "Online - Sáng 14-9, tại Đà Nẵng, Quân khu 5 tổ chức họp báo giới thiệu hội nghị."
    assert kind_of(head + "\n" + lead + "\n" + _LEAD, "Biểu dương 85") == "title"
    lead = "(BQN) - Chiều 2/7, Hội Cựu chiến binh tỉnh tổ chức hội nghị biểu dương."
    assert kind_of(head + "\n" + lead, "Biểu dương 85") == "title"
    # negatives: a lead over the next day's paragraph; a sentence over a paragraph that opens
    # with no day; a caption with its photo credit
    text = (
        "Ngày 14-9, tại Đà Nẵng, Quân khu 5 tổ chức họp báo giới thiệu hội nghị biểu dương.\n"
        "Sáng 15-9, hội nghị chính thức khai mạc với sự tham dự của 300 đại biểu."
    )
    assert kind_of(text, "Ngày 14-9") != "title"
    assert kind_of(head + "\nTheo ban tổ chức, hội nghị diễn ra trong hai ngày.", "Biểu") != "title"
    text = "Đại biểu dự hội nghị biểu dương điển hình tiên tiến của tỉnh năm nay (Ảnh: Minh Hà).\n"
    assert kind_of(text + lead, "Đại biểu dự") != "title"


def test_a_date_stamp_glued_to_the_lead_is_the_publication_line() -> None:
    text = (
        "Thời sự tỉnh nhà\nPhó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị lễ kỷ niệm\n"
        "05/09/2016Sáng nay, tại hội trường tỉnh, đoàn đã kiểm tra công tác chuẩn bị buổi lễ."
    )
    assert kind_of(text, "05/09/2016") == "meta"
    assert kind_of(text, "Sáng nay, tại hội trường") == "body"
    # a date with a space after it opens the body's sentence; a date of no year is no stamp
    assert kind_of("Tiêu đề bài viết về dân vận\n07/11Sáng nay, đoàn đến thăm xã.", "07/11") == (
        "body"
    )


def test_a_kicker_ending_in_a_colon_over_the_headline_is_header() -> None:
    text = (
        "Thứ Ba, 08/03/2016\nĐoàn thanh niên:\n\nTuổi trẻ xung kích trong xây dựng nông thôn mới"
        "\n\nYBĐT-Sáng 7/3, Tỉnh đoàn tổ chức hội nghị tổng kết công tác đoàn và phong trào thanh "
        "thiếu nhi năm qua, triển khai nhiệm vụ năm tới."
    )
    assert kind_of(text, "Đoàn thanh niên:") == "header"
    assert kind_of(text, "Tuổi trẻ xung kích") == "title"


def test_an_indented_first_paragraph_opening_with_its_day_is_the_lead() -> None:
    # portals indent their paragraphs: an indented line under 300 characters reads as a
    # caption, but the first paragraph opening with the event's day is the story's start
    lead = (
        "        Chiều ngày 14/03/2022 Hội Nông dân xã Phước An tổ chức hội nghị sơ kết công "
        "tác quý I và trao giấy khen cho 5 hội viên sản xuất, kinh doanh giỏi của xã."
    )
    text = f"Hội Nông dân xã Phước An sơ kết quý I\n\nTin hoạt động\n\n{lead}\n\nNội dung tiếp."
    assert kind_of(text, "Chiều ngày 14/03/2022") == "body"
    # the same line after the body's start, or a caption with no day, stays a caption
    later = f"Tiêu đề bài viết\n\nNăm nay xã đã làm được nhiều việc.\n\n{lead}"
    assert kind_of(later, "Chiều ngày 14/03/2022") == "caption"
    photo = (
        "Tiêu đề bài viết\n\n      Đồng chí Nguyễn Văn Lâm, Chủ tịch Hội Nông dân huyện trao "
        "giấy khen cho các hội viên sản xuất, kinh doanh giỏi của xã Phước An năm 2021\n\n"
        "Năm nay xã đã làm được nhiều việc."
    )
    assert kind_of(photo, "Đồng chí Nguyễn Văn Lâm") == "caption"
