"""Example corpus of the officials extractor: sentences of our own, in the genre's style.

``POSITIVE`` examples expect a list of ``(name, titles, roles)``: the officials found, in
order, each with exactly these titles (as written) and at least these roles.
``NEGATIVE`` examples must yield no official at all.
"""

from __future__ import annotations

from .._examples import Example

POSITIVE: list[Example] = [
    # --- a title right before the name
    Example(
        "Phó Bí thư Thường trực Tỉnh ủy Trần Văn Khải chủ trì hội nghị.",
        [("Trần Văn Khải", ["Phó Bí thư Thường trực Tỉnh ủy"], ["chủ trì"])],
        "title before the name; role after it",
    ),
    Example(
        "Chủ tịch Hội đồng nhân dân tỉnh Đắk Nông Lưu Quang Minh phát biểu tại buổi lễ.",
        [("Lưu Quang Minh", ["Chủ tịch Hội đồng nhân dân tỉnh Đắk Nông"], ["phát biểu"])],
        "a province inside the title ends before the surname",
    ),
    Example(
        "Bí thư Thành ủy Hà Nội Đinh Văn Lộc dự buổi gặp mặt.",
        [("Đinh Văn Lộc", ["Bí thư Thành ủy Hà Nội"], ["dự"])],
        "Hà is a surname, but Hà Nội is a place: the name starts at Đinh",
    ),
    Example(
        "Phó Chủ tịch UBND TP. HCM Trương Minh Đạt trao tặng bằng khen cho các trường.",
        [("Trương Minh Đạt", ["Phó Chủ tịch UBND TP. HCM"], ["trao"])],
        "the dot of TP. does not end the title",
    ),
    Example(
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Võ Thành Nhân kiểm tra tiến độ dự án.",
        [("Võ Thành Nhân", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], [])],
        "a chain of two titles before the name",
    ),
    Example(
        "Chủ tịch HĐQT Tập đoàn Sao Mai, Lâm Quốc Vinh, đề xuất mở thêm đường bay.",
        [("Lâm Quốc Vinh", ["Chủ tịch HĐQT Tập đoàn Sao Mai"], [])],
        "a comma between the title and the name",
    ),
    Example(
        "Bộ trưởng Văn hóa, Thể thao và Du lịch Hoàng Đức Tài cho biết ngành sẽ đổi mới.",
        [("Hoàng Đức Tài", ["Bộ trưởng Văn hóa, Thể thao và Du lịch"], [])],
        "a comma inside the ministry's name",
    ),
    Example(
        "Phó Chủ tịch UBND tỉnh Lê Văn Bảo và Chủ tịch UBND tỉnh Phan Thị Mỹ tiếp đoàn.",
        [
            ("Lê Văn Bảo", ["Phó Chủ tịch UBND tỉnh"], []),
            ("Phan Thị Mỹ", ["Chủ tịch UBND tỉnh"], []),
        ],
        "two titled names joined by và",
    ),
    Example(
        "Thượng tướng Nguyễn Quang Huy, Thứ trưởng Bộ Quốc phòng, kiểm tra công tác sẵn sàng.",
        [("Nguyễn Quang Huy", ["Thượng tướng", "Thứ trưởng Bộ Quốc phòng"], [])],
        "a rank before, a position after",
    ),
    Example(
        "nguyên Thủ tướng Phạm Văn Lâm gửi lời chúc mừng.",
        [("Phạm Văn Lâm", ["nguyên Thủ tướng"], [])],
        "nguyên belongs to the title",
    ),
    # --- titles after the name
    Example(
        "Đồng chí Đặng Văn Thành, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy chủ trì"
        " hội nghị.",
        [("Đặng Văn Thành", ["Ủy viên Ban Thường vụ", "Trưởng ban Dân vận Tỉnh ủy"], ["chủ trì"])],
        "a list sharing one organisation gives separate titles",
    ),
    Example(
        "Đoàn công tác do đồng chí Nguyễn Hữu Phước – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng"
        " Ban Dân vận Tỉnh ủy làm Trường đoàn đã làm việc với huyện.",
        [
            (
                "Nguyễn Hữu Phước",
                ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"],
                ["trưởng đoàn"],
            )
        ],
        "en dash separator; the typo Trường đoàn is still the role trưởng đoàn",
    ),
    Example(
        "Tham dự có đồng chí Bùi Ngọc Sơn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các"
        " đồng chí trong Ban Thường vụ Tỉnh ủy.",
        [("Bùi Ngọc Sơn", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], ["dự"])],
        "hyphen separator; the semicolon ends the list; Tham dự opens the sentence",
    ),
    Example(
        "Phát biểu kết luận, đồng chí Hà Thị Lan, Trưởng Ban Dân vận Tỉnh ủy đánh giá cao"
        " kết quả đạt được.",
        [("Hà Thị Lan", ["Trưởng Ban Dân vận Tỉnh ủy"], ["kết luận"])],
        "Hà Thị is a name, not a place; the role opens the sentence",
    ),
    Example(
        "Ông Mai Văn Tú, Giám đốc Sở Giáo dục - Đào tạo TP. HCM, cho biết thành phố thiếu"
        " giáo viên.",
        [("Mai Văn Tú", ["Giám đốc Sở Giáo dục - Đào tạo TP. HCM"], [])],
        "a hyphen inside the department's name; cho biết ends the title",
    ),
    Example(
        "Bà Kim Soo-jin, Giám đốc Ban đô thị và đất đai khu vực Đông Á dẫn đầu đoàn.",
        [("Kim Soo-jin", ["Giám đốc Ban đô thị và đất đai khu vực Đông Á"], ["trưởng đoàn"])],
        "a foreign name after bà, with a long lower-case organisation name",
    ),
    Example(
        "Ông Lò Văn Páo, phó chủ tịch UBND huyện Mường Tè hẹn trả lời người dân.",
        [("Lò Văn Páo", ["phó chủ tịch UBND huyện Mường Tè"], [])],
        "lower-case title; a plain verb after the place ends it",
    ),
    Example(
        "Đồng chí Y Thanh Niê Kđăm, Phó Chủ tịch UBND tỉnh trao quà cho đồng bào.",
        [("Y Thanh Niê Kđăm", ["Phó Chủ tịch UBND tỉnh"], ["trao"])],
        "an ethnic minority name",
    ),
    Example(
        "Đồng chí Tạ Minh Châu hiện là chi ủy viên Chi bộ Văn phòng và là Chủ tịch Công"
        " đoàn cơ quan.",
        [("Tạ Minh Châu", ["chi ủy viên Chi bộ Văn phòng", "Chủ tịch Công đoàn cơ quan"], [])],
        "titles after là, joined by và là",
    ),
    Example(
        "Ông Phan Tấn Lộc, nguyên Giám đốc Sở Tư pháp tỉnh trúng cử chức vụ Chủ tịch Hội"
        " Luật gia tỉnh khóa IV.",
        [
            (
                "Phan Tấn Lộc",
                ["nguyên Giám đốc Sở Tư pháp tỉnh", "Chủ tịch Hội Luật gia tỉnh khóa IV"],
                [],
            )
        ],
        "an appointment verb gives a title",
    ),
    Example(
        "Các đồng chí Vũ Thị Hằng, Tô Văn Bình giữ chức Phó Chủ tịch Hội Nông dân tỉnh.",
        [
            ("Vũ Thị Hằng", ["Phó Chủ tịch Hội Nông dân tỉnh"], []),
            ("Tô Văn Bình", ["Phó Chủ tịch Hội Nông dân tỉnh"], []),
        ],
        "one appointment for a list of names",
    ),
    Example(
        "Dự có các đồng chí Ủy viên Bộ Chính trị: đồng chí Trần Quốc Hưng, Bí thư Trung ương"
        " Đảng; đồng chí Lê Thị Thu, Trưởng Ban Dân vận Trung ương.",
        [
            ("Trần Quốc Hưng", ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng"], ["dự"]),
            ("Lê Thị Thu", ["Ủy viên Bộ Chính trị", "Trưởng Ban Dân vận Trung ương"], ["dự"]),
        ],
        "a title announced for a list applies to each person in it",
    ),
    Example(
        "Thủ tướng Nhật Bản Kenji Sato hội đàm với Thủ tướng Đỗ Minh Khang.",
        [
            ("Kenji Sato", ["Thủ tướng Nhật Bản"], []),
            ("Đỗ Minh Khang", ["Thủ tướng"], []),
        ],
        "a foreign leader titled with the country",
    ),
    # --- one entry per person, mentions
    Example(
        "Phó Bí thư Thường trực Tỉnh ủy Trần Văn Khải phát biểu. Phó Bí thư Thường trực"
        " Tỉnh ủy nhấn mạnh vai trò của cơ sở.",
        [("Trần Văn Khải", ["Phó Bí thư Thường trực Tỉnh ủy"], ["phát biểu"])],
        "a title alone later is a mention of the same person",
    ),
    Example(
        "Ông Tất Minh Cường, Phó Chủ tịch UBND quận phát biểu. Theo ông Cường, quận sẽ làm ngay.",
        [("Tất Minh Cường", ["Phó Chủ tịch UBND quận"], ["phát biểu"])],
        "ông + given name is the same person",
    ),
    Example(
        "Kết luận buổi làm việc, đồng chí Ngô Văn An – Trưởng Ban Dân vận Tnh ủy khẳng định"
        " vai trò của công tác dân vận. Đồng chí Ngô Văn An – Trưởng Ban Dân vận Tỉnh ủy"
        " đề nghị huyện quan tâm.",
        [("Ngô Văn An", ["Trưởng Ban Dân vận Tnh ủy"], ["kết luận"])],
        "the typo Tnh ủy is the same title as Tỉnh ủy: listed once",
    ),
    # --- from a review of real articles: patterns that went wrong once
    Example(
        "Trao đổi với phóng viên Báo Nhân Dân, ông Lê Văn Bình, Giám đốc Sở Y tế cho biết"
        " đã đủ thuốc.",
        [("Lê Văn Bình", ["Giám đốc Sở Y tế"], [])],
        "trao đổi is no role; the reporter's title is not the speaker's",
    ),
    Example(
        "Dự có ông Hồ Văn Hải, nguyên Bí thư Thành ủy, ông Tạ Văn Cang, Phó Bí thư Thường"
        " trực Thành ủy và ông Lê Văn Phong.",
        [
            ("Hồ Văn Hải", ["nguyên Bí thư Thành ủy"], ["dự"]),
            ("Tạ Văn Cang", ["Phó Bí thư Thường trực Thành ủy"], ["dự"]),
        ],
        "a title after one name is not the title before the next",
    ),
    Example(
        "Hội nghị diễn ra dưới sự chủ trì của đồng chí Y Biêr Niê, Chủ tịch UBND tỉnh.",
        [("Y Biêr Niê", ["Chủ tịch UBND tỉnh"], ["chủ trì"])],
        "dưới sự chủ trì của",
    ),
    Example(
        "Thiếu tướng Đoàn Văn Khương, Giám đốc Công an tỉnh kiểm tra công tác bầu cử.",
        [("Đoàn Văn Khương", ["Thiếu tướng", "Giám đốc Công an tỉnh"], [])],
        "Đoàn is a surname here, not the organisation",
    ),
    Example(
        "Ông Trần Đình Lực, Chủ tịch UBND xã Châu Pha cho biết xã đã hoàn thành.",
        [("Trần Đình Lực", ["Chủ tịch UBND xã Châu Pha"], [])],
        "Châu Pha after xã is a place, not a second person",
    ),
    Example(
        "Phát biểu tại hội nghị, đồng chí Phó Bí thư Tỉnh ủy Nguyễn Văn Toàn đề nghị các cấp"
        " quan tâm.",
        [("Nguyễn Văn Toàn", ["Phó Bí thư Tỉnh ủy"], ["phát biểu"])],
        "đồng chí, then a title, then the name",
    ),
    Example(
        "Chủ tịch Hạ viện Mỹ Nancy Walsh có cuộc gặp với Đại sứ Việt Nam.",
        [("Nancy Walsh", ["Chủ tịch Hạ viện Mỹ"], [])],
        "a foreign official after a title with its organisation and country",
    ),
    Example(
        "Ông Phạm Hữu Nghĩa trúng cử chức danh Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.",
        [("Phạm Hữu Nghĩa", ["Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"], [])],
        "trúng cử chức danh",
    ),
    Example(
        "Cục trưởng Cục Chăn nuôi Lê Minh Tú và Phó Vụ trưởng Vụ Tín dụng Hà Thu Trang"
        " làm việc với tỉnh.",
        [
            ("Lê Minh Tú", ["Cục trưởng Cục Chăn nuôi"], []),
            ("Hà Thu Trang", ["Phó Vụ trưởng Vụ Tín dụng"], []),
        ],
        "lower-case second syllables inside the department's name",
    ),
    Example(
        "Ông Lê Quang Tùng, Đại sứ Việt Nam tại Lào, thăm Đại sứ quán.",
        [("Lê Quang Tùng", ["Đại sứ Việt Nam tại Lào"], [])],
        "Đại sứ quán is not a mention of the ambassador",
    ),
    # --- from a second review
    Example(
        "Ông Vũ Quang Hùng, Giám đốc Sở Xây dựng cho biết dự án đã xong.",
        [("Vũ Quang Hùng", ["Giám đốc Sở Xây dựng"], [])],
        "after ông, a surname starts a name although Vũ Quang is also a district",
    ),
    Example(
        "Ông Trần Thanh Hải, Trưởng ban Chỉ đạo cải cách hành chính tỉnh phát biểu.",
        [("Trần Thanh Hải", ["Trưởng ban Chỉ đạo cải cách hành chính tỉnh"], ["phát biểu"])],
        "chỉ đạo inside the name of a Ban Chỉ đạo is no role and ends no title",
    ),
    Example(
        "Ông Nguyễn Văn Tịnh, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu dự hội nghị.",
        [("Nguyễn Văn Tịnh", ["Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"], ["dự"])],
        "Bà in Bà Rịa does not start a new person",
    ),
    Example(
        "PGS.TS Lê Văn Minh, Hiệu trưởng Trường Đại học Y. PGS. TS Lê Văn Minh cho biết"
        " trường sẽ mở ngành mới.",
        [("Lê Văn Minh", ["PGS.TS", "Hiệu trưởng Trường Đại học Y"], [])],
        "PGS.TS and PGS. TS are one title",
    ),
    # --- abbreviated positions (data/abbreviations.tsv), as portals write them
    Example(
        "Đồng chí Trần Văn Lực – TUV – Bí thư Huyện ủy phát biểu khai mạc.",
        [("Trần Văn Lực", ["TUV", "Tỉnh ủy viên", "Bí thư Huyện ủy"], ["phát biểu"])],
        "TUV as written and spelled out; the dash before a position opens the next title",
    ),
    Example(
        "Đ/c Lê Thị Hoa – Phó CT UBND huyện chủ trì buổi làm việc.",
        [("Lê Thị Hoa", ["Phó CT UBND huyện", "Phó Chủ tịch UBND huyện"], ["chủ trì"])],
        "Phó CT before an organisation",
    ),
    Example(
        "Dự có đồng chí Phạm Văn Quý, UVBTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.",
        [
            (
                "Phạm Văn Quý",
                ["UVBTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"],
                ["dự"],
            )
        ],
        "an abbreviation at the head of a chain keeps the rest of it",
    ),
    Example(
        "Đồng chí Vũ Thị Lan, UVTV Tỉnh ủy, Chủ tịch Hội LHPN tỉnh dự và phát biểu.",
        [
            (
                "Vũ Thị Lan",
                ["UVTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội LHPN tỉnh"],
                ["dự"],
            )
        ],
        "UVTV is UVBTV written without its B",
    ),
    Example(
        "Đ/c Hoàng Văn Thái – CT.Hội Nông dân phường trình bày báo cáo.",
        [("Hoàng Văn Thái", ["CT.Hội Nông dân phường"], [])],
        "CT. glued to the organisation it heads",
    ),
    Example(
        "Ông Đinh Công Hậu, Giám đốc Công ty TNHH Phạm Gia Bảo, trao 50 suất quà.",
        [("Đinh Công Hậu", ["Giám đốc Công ty TNHH Phạm Gia Bảo"], [])],
        "after a company's legal form, a person's name is the company's (named_after.txt)",
    ),
    Example(
        "Giám đốc Công ty cổ phần Sông Hồng Lý Văn Toàn cho biết đơn vị đã ủng hộ 200 triệu đồng.",
        [("Lý Văn Toàn", ["Giám đốc Công ty cổ phần Sông Hồng"], [])],
        "a company's name, then its director's in the same run of capitalised words",
    ),
    Example(
        "Bà Lò Thị Mai, Chủ tịch Hội LHPN xã phấn khởi cho biết chị em đã góp 300 ngày công.",
        [("Lò Thị Mai", ["Chủ tịch Hội LHPN xã"], [])],
        "how the speaker feels ends the title (title_stops.txt)",
    ),
    Example(
        "Ông Đỗ Văn Hiền, Trưởng ban chỉ đạo thực hiện Quy chế dân chủ ở cơ sở phường phát biểu.",
        [
            (
                "Đỗ Văn Hiền",
                ["Trưởng ban chỉ đạo thực hiện Quy chế dân chủ ở cơ sở phường"],
                ["phát biểu"],
            )
        ],
        "a document's kind written capitalised (Quy chế) goes on inside the title",
    ),
    Example(
        "Ông Hà Văn Sơn, Trưởng phòng Lao động, thương binh và xã hội huyện trao quà cho hộ nghèo.",
        [("Hà Văn Sơn", ["Trưởng phòng Lao động, thương binh và xã hội huyện"], [])],
        "an office's fields listed in lower case with a comma (comma_compounds.tsv)",
    ),
    Example(
        "Đại hội đã bầu 15 đồng chí vào Ban Chấp hành; đồng chí Vi Văn Thắng tái cử chức Chủ "
        "tịch Hội Cựu chiến binh huyện nhiệm kỳ 2022-2027.",
        [("Vi Văn Thắng", ["Chủ tịch Hội Cựu chiến binh huyện"], [])],
        "tái cử, as tái đắc cử, gives the title after it",
    ),
    Example(
        "Dự đại hội có đại tá Lương Văn Khải, Chủ tịch danh dự Hội Cựu chiến binh tỉnh.",
        [("Lương Văn Khải", ["đại tá", "Chủ tịch danh dự Hội Cựu chiến binh tỉnh"], [])],
        "Chủ tịch danh dự is a position of its own (danh dự holds the stop word dự)",
    ),
    Example(
        "Đại hội bầu Ban Chấp hành khóa mới: đồng chí Ma Văn Sinh – tái cử Chủ tịch Hội Nông "
        "dân xã; đồng chí Hoàng Thị Tươi – giữ chức Phó Chủ tịch Hội Nông dân xã.",
        [
            ("Ma Văn Sinh", ["Chủ tịch Hội Nông dân xã"], []),
            ("Hoàng Thị Tươi", ["Phó Chủ tịch Hội Nông dân xã"], []),
        ],
        "a dash before the verb that gives the title, as a comma",
    ),
    # --- schools and streets named after people (data/named_after.txt)
    Example(
        "Thầy Ngô Văn Tâm, Hiệu trưởng Trường THPT Nguyễn Du, cho biết nhà trường đã sẵn sàng.",
        [("Ngô Văn Tâm", ["Hiệu trưởng Trường THPT Nguyễn Du"], [])],
        "the school's name is no person; the head keeps the whole title",
    ),
    Example(
        "Ông Lê Văn Nhân, Viện trưởng Viện Phan Chu Trinh, phát biểu khai mạc.",
        [("Lê Văn Nhân", ["Viện trưởng Viện Phan Chu Trinh"], ["phát biểu"])],
        "an institute named after a person, inside one run of capitalised words",
    ),
    Example(
        "Ông Hồ Văn Tám, Tổng biên tập báo Khăn Quàng Đỏ, dự lễ ra mắt.",
        [("Hồ Văn Tám", ["Tổng biên tập báo Khăn Quàng Đỏ"], ["dự"])],
        "two capitalised words after báo are the paper's name (data/named_bodies.txt)",
    ),
    Example(
        "Ông Đỗ Văn Lành, Trưởng ban Quản lý khu kinh tế mở Chu Lai, nộp đơn xin nghỉ.",
        [("Đỗ Văn Lành", ["Trưởng ban Quản lý khu kinh tế mở Chu Lai"], [])],
        "an economic zone's name is no person: Chu Lai stays in the title",
    ),
    Example(
        "Phát biểu trước các đại biểu HĐND, Chủ tịch UBND tỉnh Lê Văn Hải nhấn mạnh.",
        [("Lê Văn Hải", ["Chủ tịch UBND tỉnh"], [])],
        "the audience before the comma (các đại biểu HĐND) is not the speaker's title",
    ),
    Example(
        "Thay lời Chủ tịch quận, ông Đào Văn Sáu, Chánh văn phòng UBND quận phát biểu.",
        [("Đào Văn Sáu", ["Chánh văn phòng UBND quận"], ["phát biểu"])],
        "thay lời: speaking for the chairman, whose title it is",
    ),
    Example(
        "Ông Phan Văn Bảy, Chi cục trưởng Chi cục Trồng trọt, Bảo vệ thực vật và Quản lý "
        "chất lượng nông sản tỉnh, cho biết.",
        [
            (
                "Phan Văn Bảy",
                [
                    "Chi cục trưởng Chi cục Trồng trọt, Bảo vệ thực vật và Quản lý chất lượng "
                    "nông sản tỉnh"
                ],
                [],
            )
        ],
        "a unit's name listing its fields runs over its commas to its và",
    ),
    Example(
        "Giám đốc Trung tâm chống ngập thành phố Lý Văn Tư cho biết.",
        [("Lý Văn Tư", ["Giám đốc Trung tâm chống ngập thành phố"], [])],
        "a centre's lower-case field (data/org_inner_words.tsv)",
    ),
    Example(
        "Ông Đồng Văn Lâm, Chủ tịch UBND tỉnh, và ông Lang Văn Chiến, Đại biểu HĐND huyện, "
        "cùng dự.",
        [
            ("Đồng Văn Lâm", ["Chủ tịch UBND tỉnh"], []),
            ("Lang Văn Chiến", ["Đại biểu HĐND huyện"], []),
        ],
        "rarer surnames (Đồng, Lang, Ung in data/surnames.txt)",
    ),
    Example(
        "Ông Hà Văn Tư (45 tuổi, ngụ ấp Mỹ Thạnh B, xã Mỹ Thuận), Chủ tịch công đoàn cơ sở xã "
        "này, bị cách chức.",
        [("Hà Văn Tư", ["Chủ tịch công đoàn cơ sở xã"], [])],
        "an age and a residence in brackets between the name and its title",
    ),
    Example(
        "Ông Lê Văn Tám, Phó Chủ tịch UBND xã Mỹ Thuận, xác nhận sự việc.",
        [("Lê Văn Tám", ["Phó Chủ tịch UBND xã Mỹ Thuận"], [])],
        "a commune whose name opens like a country's (Mỹ) is no foreign leader's title",
    ),
    Example(
        "Chủ tịch tập đoàn Hoàng Quân, ông Trương Anh Tuấn, và Sư đoàn trưởng Sư đoàn 5 Lê "
        "Văn Ba cùng dự.",
        [
            ("Trương Anh Tuấn", ["Chủ tịch tập đoàn Hoàng Quân"], []),
            ("Lê Văn Ba", ["Sư đoàn trưởng Sư đoàn 5"], []),
        ],
        "a company named like a person, then its chairman; a division's commander",
    ),
    Example(
        "Ông Trần Văn Năm được tín nhiệm bầu là Chủ tịch Hội Cựu chiến binh xã khóa I.",
        [("Trần Văn Năm", ["Chủ tịch Hội Cựu chiến binh xã khóa I"], [])],
        "được tín nhiệm bầu là: an election",
    ),
    Example(
        "Thủ tướng Lê Văn Một, Đại tướng - Bộ trưởng Quốc phòng Trần Văn Hai cùng dự lễ.",
        [
            ("Lê Văn Một", ["Thủ tướng"], []),
            ("Trần Văn Hai", ["Đại tướng", "Bộ trưởng Quốc phòng"], []),
        ],
        "a rank joined by a dash to the next person's title is that person's; each title apart",
    ),
    Example(
        "Tổng thống đắc cử Mỹ Donald Trump phát biểu tại cuộc họp báo.",
        [("Donald Trump", ["Tổng thống đắc cử Mỹ"], ["phát biểu"])],
        "the president-elect",
    ),
    Example(
        "Bà Nguyễn Thị Tám từng đảm nhiệm vị trí Giám đốc Sở Tài chính tỉnh, Thứ trưởng Tài "
        "chính; ông Lê Văn Chín từng là Bí thư Tỉnh ủy. Ông Trần Văn Mười sang giữ chức Phó "
        "Chủ tịch UBND tỉnh.",
        [
            ("Nguyễn Thị Tám", ["Giám đốc Sở Tài chính tỉnh", "Thứ trưởng Tài chính"], []),
            ("Lê Văn Chín", ["Bí thư Tỉnh ủy"], []),
            ("Trần Văn Mười", ["Phó Chủ tịch UBND tỉnh"], []),
        ],
        "career wordings: từng đảm nhiệm vị trí, từng là, sang giữ chức",
    ),
    # --- deputies, spokespeople, heads of units written short
    Example(
        "ĐB Trần Thị Hoa (Quảng Ngãi) đề nghị làm rõ trách nhiệm.",
        [("Trần Thị Hoa", ["ĐB"], [])],
        "ĐB alone before a full name: a deputy, as đại biểu",
    ),
    Example(
        "Bà Vũ Thị Lan - Phó đoàn Quốc hội tỉnh Nam Định phát biểu.",
        [("Vũ Thị Lan", ["Phó đoàn Quốc hội tỉnh Nam Định"], ["phát biểu"])],
        "Phó đoàn: the deputy head of a delegation, written short",
    ),
    Example(
        "Ông Lê Văn Quý, Viện phó Viện Quy hoạch đô thị tỉnh, cho biết.",
        [("Lê Văn Quý", ["Viện phó Viện Quy hoạch đô thị tỉnh"], [])],
        "Viện phó (and Hiệu phó), the deputy head written after the unit's word",
    ),
    Example(
        "Phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova và nghị sĩ Bernie Sanders lên tiếng.",
        [
            ("Maria Zakharova", ["Phát ngôn viên Bộ Ngoại giao Nga"], []),
            ("Bernie Sanders", ["nghị sĩ"], []),
        ],
        "a spokesperson and a member of a foreign parliament",
    ),
    # --- names
    Example(
        "Bà H’Lan Niê, Chủ tịch Hội Liên hiệp Phụ nữ huyện, báo cáo kết quả.",
        [("H’Lan Niê", ["Chủ tịch Hội Liên hiệp Phụ nữ huyện"], [])],
        "an initial glued with a curly apostrophe",
    ),
    Example(
        "Đồng chí K’ Sơn - CT Hội CCB tỉnh phát biểu.",
        [("K’ Sơn", ["CT Hội CCB tỉnh", "Chủ tịch Hội CCB tỉnh"], ["phát biểu"])],
        "an initial and its apostrophe standing alone",
    ),
    Example(
        "Bí thư Quận ủy Lê Tiến Sỹ kiểm tra công tác phòng chống dịch.",
        [("Lê Tiến Sỹ", ["Bí thư Quận ủy"], [])],
        "Tiến Sỹ capitalised in a name is no degree",
    ),
    # --- titles inside an organisation's name, second clauses, terms
    Example(
        "Ông Vũ Văn Định, Phó trưởng ban Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, "
        "dự hội nghị.",
        [
            (
                "Vũ Văn Định",
                ["Phó trưởng ban Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"],
                ["dự"],
            )
        ],
        "'về' and a comma of a fixed compound inside the body's name",
    ),
    Example(
        "Ông Lê Minh Quân (hiện là Giám đốc Sở Nội vụ) từng công tác tại huyện.",
        [("Lê Minh Quân", ["Giám đốc Sở Nội vụ"], [])],
        "(hiện là ...)",
    ),
    Example(
        "Bà Trần Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020-2025, Phó Chủ tịch UBND "
        "tỉnh dự.",
        [("Trần Thu Hà", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"], ["dự"])],
        "the term ends a title, not the list",
    ),
    Example(
        "Ông Đỗ Quang Vinh, với cương vị Trưởng ban chấm thi, kiểm tra khu vực làm phách.",
        [("Đỗ Quang Vinh", ["Trưởng ban chấm thi"], [])],
        "với cương vị",
    ),
    # --- titles given through a verb, for a list, in a sentence about the last person
    Example(
        "Kỳ họp đã bầu ông Hồ Văn Lợi làm Chủ tịch HĐND huyện nhiệm kỳ 2021-2026.",
        [("Hồ Văn Lợi", ["Chủ tịch HĐND huyện"], [])],
        "bầu ông X làm Y",
    ),
    Example(
        "Ông Mai Văn Tú và ông Đặng Văn Hòa đã trở thành Phó Chủ tịch UBND tỉnh.",
        [
            ("Mai Văn Tú", ["Phó Chủ tịch UBND tỉnh"], []),
            ("Đặng Văn Hòa", ["Phó Chủ tịch UBND tỉnh"], []),
        ],
        "a title given to a list by a verb",
    ),
    Example(
        "Huyện ủy có hai Phó Bí thư là: ông Lò Văn Sáng - Chủ tịch UBND huyện và ông Vì Văn Tỉnh "
        "- Trưởng Ban Tổ chức Huyện ủy.",
        [
            ("Lò Văn Sáng", ["Phó Bí thư", "Chủ tịch UBND huyện"], []),
            ("Vì Văn Tỉnh", ["Phó Bí thư", "Trưởng Ban Tổ chức Huyện ủy"], []),
        ],
        "a title announced for a list with 'là:'",
    ),
    Example(
        "Buổi lễ có sự tham dự của ông Cao Đức Phát. Ông hiện là Tỉnh ủy viên, Giám đốc Sở Tài "
        "chính.",
        [("Cao Đức Phát", ["Tỉnh ủy viên", "Giám đốc Sở Tài chính"], ["dự"])],
        "Ông hiện là ...: the last person named",
    ),
    Example(
        "Dự lễ có các đồng chí: Lý Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Trịnh Văn "
        "Nam, Phó Bí thư Tỉnh ủy.",
        [
            ("Lý Văn Hải", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], ["dự"]),
            ("Trịnh Văn Nam", ["Phó Bí thư Tỉnh ủy"], ["dự"]),
        ],
        "a list of persons: a title may be held by several",
    ),
    Example(
        "Dự hội nghị có đồng chí hà văn lâm - Phó Chủ tịch UBND huyện. Đồng chí Hà Văn Lâm "
        "đề nghị các xã rà soát lại danh sách.",
        [("Hà Văn Lâm", ["Phó Chủ tịch UBND huyện"], ["dự"])],
        "a name typed in lower case, with a form of address and a position after a dash",
    ),
    Example(
        "Trao quà có bà trần thị hạnh, Chủ tịch Hội Phụ nữ xã Nâm N'Jang.",
        [("Trần Thị Hạnh", ["Chủ tịch Hội Phụ nữ xã Nâm N'Jang"], [])],
        "a lower-case name after a comma, capitalised for display",
    ),
    Example(
        "Thượng tá Lê Quang Vinh, Phó Cục trưởng Cục An ninh mạng, Bộ Công an cho biết số vụ "
        "việc đã giảm.",
        [("Lê Quang Vinh", ["Thượng tá", "Phó Cục trưởng Cục An ninh mạng, Bộ Công an"], [])],
        "a unit's title goes on with the organisation it belongs to, after a comma",
    ),
    Example(
        "Bà Đỗ Thị Hằng, Trưởng phòng Quản lý giá, Sở Tài chính trình bày dự thảo.",
        [("Đỗ Thị Hằng", ["Trưởng phòng Quản lý giá, Sở Tài chính"], [])],
        "a department of a provincial Sở",
    ),
    Example(
        "Ông Vi Văn Sơn, Hạt trưởng Hạt Kiểm lâm kiêm Giám đốc Ban Quản lý rừng phòng hộ "
        "Đắk Mâm cho biết.",
        [
            (
                "Vi Văn Sơn",
                ["Hạt trưởng Hạt Kiểm lâm", "Giám đốc Ban Quản lý rừng phòng hộ Đắk Mâm"],
                [],
            )
        ],
        "Kiểm lâm is an organisation; kiêm opens the second title",
    ),
    Example(
        "Đồng chí Lâm Văn Tư, Phó bí thư huyên ủy, chủ tịch HĐND huyện dự hội nghị.",
        [("Lâm Văn Tư", ["Phó bí thư huyên ủy", "chủ tịch HĐND huyện"], ["dự"])],
        "the typo huyên ủy (Huyện ủy) keeps the title going",
    ),
    Example(
        "Bí thư Đảng ủy Khối các cơ quan tỉnh Hồ Văn Lâm cho rằng cần đổi mới phương thức.",
        [("Hồ Văn Lâm", ["Bí thư Đảng ủy Khối các cơ quan tỉnh"], [])],
        "a stop word right after an organisation's head is part of its name (Khối các)",
    ),
    Example(
        "Ông Đinh Văn Hào, Chánh văn phòng ủy ban kiểm tra huyện ủy cho biết.",
        [("Đinh Văn Hào", ["Chánh văn phòng ủy ban kiểm tra huyện ủy"], [])],
        "ủy ban kiểm tra: a verb inside a board's name",
    ),
    Example(
        "Ông Mai Văn Lực, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và "
        "Nhi đồng của Quốc hội phát biểu.",
        [
            (
                "Mai Văn Lực",
                [
                    "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng "
                    "của Quốc hội"
                ],
                [],
            )
        ],
        "several comma chunks of one committee's name, the last joined by và; của Quốc hội "
        "after it is whose committee it is",
    ),
    Example(
        "Bà Lò Thị Mai, Phó Giám đốc Sở Lao động – thương binh và xã hội cho biết.",
        [("Lò Thị Mai", ["Phó Giám đốc Sở Lao động – thương binh và xã hội"], [])],
        "a dash inside a ministry's name written in lower case",
    ),
    Example(
        "Ông Tạ Quang Vinh, Giám đốc Công ty cổ phần Xây lắp điện Tây Nguyên cho biết.",
        [("Tạ Quang Vinh", ["Giám đốc Công ty cổ phần Xây lắp điện Tây Nguyên"], [])],
        "a company's name runs over lower-case words to its next capital",
    ),
    Example(
        "Ông Tạ Quang Vinh, Giám đốc Công ty cổ phần Đông Á lại khẳng định khác.",
        [("Tạ Quang Vinh", ["Giám đốc Công ty cổ phần Đông Á"], [])],
        "... but not over the verb after it",
    ),
    Example(
        "Ông Lục Văn Sáu (52 tuổi), Bí thư Đảng ủy xã bị kỷ luật khiển trách.",
        [("Lục Văn Sáu", ["Bí thư Đảng ủy xã"], [])],
        "an age between the name and the title",
    ),
    Example(
        "Theo Chủ tịch Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) Trần Minh Đức, mạng "
        "lưới đã phủ khắp các xã.",
        [("Trần Minh Đức", ["Chủ tịch Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)"], [])],
        "an acronym in brackets inside a title before the name",
    ),
    Example(
        "Phó trưởng ban Dân tộc tỉnh Thạch Sóc Ra và Phó chủ nhiệm Ủy ban Dân tộc Sơn Minh "
        "Hoàng dự buổi lễ.",
        [
            ("Thạch Sóc Ra", ["Phó trưởng ban Dân tộc tỉnh"], []),
            ("Sơn Minh Hoàng", ["Phó chủ nhiệm Ủy ban Dân tộc"], ["dự"]),
        ],
        "Khmer surnames (Thạch, Sơn)",
    ),
    Example(
        "Tổng Bí thư, Chủ tịch nước, Thống lĩnh các lực lượng vũ trang Lê Văn Chiến chủ trì.",
        [
            (
                "Lê Văn Chiến",
                ["Tổng Bí thư", "Chủ tịch nước", "Thống lĩnh các lực lượng vũ trang"],
                ["chủ trì"],
            )
        ],
        "a position's own words are a title's whatever they are (các)",
    ),
    Example(
        "Ủy ban Kiểm tra quyết định cách chức Bí thư Đảng ủy xã đối với ông Hà Văn Lợi.",
        [("Hà Văn Lợi", ["Bí thư Đảng ủy xã"], [])],
        "an act about a post, done to the person named after đối với",
    ),
    Example(
        "Ban Bí thư cách chức các chức vụ: Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đối với "
        "ông Đào Văn Khôi.",
        [("Đào Văn Khôi", ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"], [])],
        "every post of 'cách chức các chức vụ: X, Y' goes to the person it is done to",
    ),
    Example(
        "Ban Bí thư quyết định xóa tư cách nguyên Chủ tịch UBND tỉnh đối với ông Mai Văn Lạc.",
        [("Mai Văn Lạc", ["nguyên Chủ tịch UBND tỉnh"], [])],
        "'xóa tư cách' a former post: the post is the person's",
    ),
    Example(
        "Chủ tịch nước ký quyết định thăng quân hàm từ Thiếu tướng lên Trung tướng đối với ông "
        "Vi Văn Mạnh.",
        [("Vi Văn Mạnh", ["Trung tướng"], [])],
        "a promotion: the rank after lên",
    ),
    Example(
        "Bà Lý Thị Hoa thay ông Triệu Văn Sáng giữ chức Phó Chủ tịch UBND huyện.",
        [("Lý Thị Hoa", ["Phó Chủ tịch UBND huyện"], [])],
        "A thay B giữ chức X: the post is A's",
    ),
    Example(
        "Ông Lò Văn Tiến được giới thiệu là nguyên Phó Bí thư Huyện ủy.",
        [("Lò Văn Tiến", ["nguyên Phó Bí thư Huyện ủy"], [])],
        "được giới thiệu là",
    ),
    Example(
        "Ông Trịnh Văn Lộc, Chủ tịch UBND xã, Bộ Công an và các ngành đã đến thăm.",
        [("Trịnh Văn Lộc", ["Chủ tịch UBND xã"], [])],
        "no unit in the title: the ministry after the comma is another subject",
    ),
    # --- classes found on a held-out set of unseen articles
    Example(
        "Phó Chủ tịch UBND tỉnh Đỗ Văn Quý và Chủ nhiệm Ủy ban Kinh tế của Quốc hội Mai Thị "
        "Thoa đồng chủ trì hội thảo.",
        [
            ("Đỗ Văn Quý", ["Phó Chủ tịch UBND tỉnh"], []),
            ("Mai Thị Thoa", ["Chủ nhiệm Ủy ban Kinh tế của Quốc hội"], []),
        ],
        "của inside the body's name, before a capitalised word, stays in a title before a name",
    ),
    Example(
        "Dự buổi lễ có Bí thư Huyện ủy Chẩu Văn Tám và ông Ksor Y Nhí, Chủ tịch UBND xã.",
        [
            ("Chẩu Văn Tám", ["Bí thư Huyện ủy"], []),
            ("Ksor Y Nhí", ["Chủ tịch UBND xã"], []),
        ],
        "Tày and Jrai surnames of the lexicon anchor the names",
    ),
    Example(
        "Thượng tá Đào Văn Lực, Chủ nhiệm Hậu cần - Kỹ thuật, Ban Chỉ huy Quân sự huyện, báo cáo.",
        [("Đào Văn Lực", ["Thượng tá", "Chủ nhiệm Hậu cần - Kỹ thuật"], [])],
        "a two-syllable department name right after the position keeps its second syllable",
    ),
    Example(
        "Bà Lò Thị Vân - chi hội trưởng Chi hội phụ nữ bản Mé cho biết bà con rất phấn khởi.",
        [("Lò Thị Vân", ["chi hội trưởng Chi hội phụ nữ bản Mé"], [])],
        "the heads of a mass organisation's branch, written in lower case",
    ),
    Example(
        "Ông Phan Văn Hậu (lúc đó là Chủ tịch UBND huyện) đã ký quyết định giao đất.",
        [("Phan Văn Hậu", ["Chủ tịch UBND huyện"], [])],
        "a past position in brackets: (lúc đó là ...)",
    ),
    Example(
        "Ông Tạ Văn Hòa (nguyên phó giám đốc Sở Xây dựng tỉnh Bình Phước - PV) bị khởi tố.",
        [("Tạ Văn Hòa", ["nguyên phó giám đốc Sở Xây dựng tỉnh Bình Phước"], [])],
        "the newsroom's note (- PV) ends the title",
    ),
    Example(
        "Ông Lưu Văn Kiên, chủ tịch UBND xã Tân Lập và kiểm điểm trước tập thể.",
        [("Lưu Văn Kiên", ["chủ tịch UBND xã Tân Lập"], [])],
        "kiểm điểm is a verb: it ends a title even after và",
    ),
    Example(
        "Kỷ luật ông Hồ Văn Lợi, Trạm trưởng Trạm Y tế xã Gia Lâm và Đỗ Văn Tư, Phó Giám đốc "
        "Trung tâm Y tế huyện.",
        [
            ("Hồ Văn Lợi", ["Trạm trưởng Trạm Y tế xã Gia Lâm"], []),
            ("Đỗ Văn Tư", ["Phó Giám đốc Trung tâm Y tế huyện"], []),
        ],
        "A, t1 và B, t2: t1 is A's title, not one written before B",
    ),
]

# --- "và" followed by a position that runs to the next name: that position is the next
# person's, and the title before "và" ends there
POSITIVE += [
    Example(
        "Ông Lê Hữu Phước - Giám đốc Sở Tài chính và đại tá Trịnh Văn Hòa - Chỉ huy trưởng "
        "Bộ Chỉ huy Quân sự tỉnh được bầu bổ sung vào Ủy ban.",
        [
            ("Lê Hữu Phước", ["Giám đốc Sở Tài chính"], []),
            ("Trịnh Văn Hòa", ["đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"], []),
        ],
        "A - t1 và <rank> B - t2: the rank after và is B's",
    ),
    Example(
        "Hội nghị có thiếu tướng Đào Văn Lợi, Phó Giám đốc Công an tỉnh và trung tướng Mai "
        "Quốc Hưng, Tư lệnh Quân khu.",
        [
            ("Đào Văn Lợi", ["thiếu tướng", "Phó Giám đốc Công an tỉnh"], []),
            ("Mai Quốc Hưng", ["trung tướng", "Tư lệnh Quân khu"], []),
        ],
        "A, t1 và <rank> B, t2: the rank is not glued to A's title",
    ),
    Example(
        "Phó Bí thư Đảng ủy, Phó Chủ tịch kiêm Tổng thư ký Hội Nông dân tỉnh Hà Văn Khoa "
        "phát biểu.",
        [
            (
                "Hà Văn Khoa",
                ["Phó Bí thư Đảng ủy", "Phó Chủ tịch", "Tổng thư ký Hội Nông dân tỉnh"],
                ["phát biểu"],
            )
        ],
        "kiêm joins two positions of a chain before the name, like a comma",
    ),
    # --- titles given by a verb after the name: a career list, an appointing body, verbs
    # that follow one another, and the relative "người vừa được bầu"
    Example(
        "Ông Lại Văn Hưng từng đảm nhiệm các chức vụ: Bí thư Huyện đoàn Krông Nô; Phó Chủ "
        "tịch UBND huyện.",
        [("Lại Văn Hưng", ["Bí thư Huyện đoàn Krông Nô", "Phó Chủ tịch UBND huyện"], [])],
        "a career list after từng đảm nhiệm các chức vụ:",
    ),
    Example(
        "Ông Tạ Minh Quý được Ban Thường vụ Tỉnh ủy phân công giữ chức Bí thư Huyện ủy Đắk Mil.",
        [("Tạ Minh Quý", ["Bí thư Huyện ủy Đắk Mil"], [])],
        "the appointing body between được and its verb",
    ),
    Example(
        "Ông Lò Văn Tám thôi giữ chức Chủ tịch UBND huyện, được phân công nhiệm vụ Phó Trưởng "
        "Ban Dân vận Tỉnh ủy.",
        [("Lò Văn Tám", ["Chủ tịch UBND huyện", "Phó Trưởng Ban Dân vận Tỉnh ủy"], [])],
        "one verb after another, each giving a title",
    ),
    Example(
        "Bà Mai Thị Hoa được bầu thay ông Phùng Văn Kiên, người vừa được bầu giữ chức Bí thư "
        "Huyện ủy.",
        [("Phùng Văn Kiên", ["Bí thư Huyện ủy"], [])],
        "thay B, người vừa được bầu ...: the title is B's own",
    ),
    Example(
        "Ông Hồ Văn Lâm được điều động giữ chức Bí thư Huyện ủy thay bà Trịnh Thị Mai đã được "
        "điều động làm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
        [
            ("Hồ Văn Lâm", ["Bí thư Huyện ủy"], []),
            ("Trịnh Thị Mai", ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"], []),
        ],
        "thay B đã được điều động làm X: a passive verb after B gives B's own post",
    ),
    Example(
        "Bà Đinh Thị Hằng, Phó trưởng đoàn kiểm tra số 12 của Ban Thường vụ Tỉnh ủy cho biết.",
        [("Đinh Thị Hằng", ["Phó trưởng đoàn kiểm tra số 12 của Ban Thường vụ Tỉnh ủy"], [])],
        "đoàn kiểm tra: the verb names the team, it does not end the title",
    ),
    Example(
        "Ông Lý Văn Tài - Giám đốc Sở Tư pháp và ông Chu Văn Lực - Giám đốc Sở Xây dựng được "
        "bầu bổ sung chức danh Ủy viên UBND tỉnh.",
        [
            ("Lý Văn Tài", ["Giám đốc Sở Tư pháp", "Ủy viên UBND tỉnh"], []),
            ("Chu Văn Lực", ["Giám đốc Sở Xây dựng", "Ủy viên UBND tỉnh"], []),
        ],
        "a list of people, each with a title, given one post: the post is each one's",
    ),
    Example(
        "HĐND tỉnh bầu ông Đàm Văn Hiếu, Giám đốc Sở Nội vụ và bà Tô Thị Nga, Giám đốc Sở Y tế "
        "làm Ủy viên UBND tỉnh.",
        [
            ("Đàm Văn Hiếu", ["Giám đốc Sở Nội vụ", "Ủy viên UBND tỉnh"], []),
            ("Tô Thị Nga", ["Giám đốc Sở Y tế", "Ủy viên UBND tỉnh"], []),
        ],
        "bầu A, t1 và B, t2 làm X: the verb before the list's first name",
    ),
    Example(
        "Bổ nhiệm ông Lưu Văn Quý (46 tuổi, Trưởng phòng Tổng hợp thuộc Sở Nội vụ) làm Phó "
        "Giám đốc Sở.",
        [("Lưu Văn Quý", ["Trưởng phòng Tổng hợp thuộc Sở Nội vụ", "Phó Giám đốc Sở"], [])],
        "an age opening the bracket of titles",
    ),
    Example(
        "UBND tỉnh có 3 Phó Chủ tịch gồm ông Hà Văn Sơn, Tạ Quang Hưng và bà Lục Thị Lan.",
        [
            ("Hà Văn Sơn", ["Phó Chủ tịch"], []),
            ("Tạ Quang Hưng", ["Phó Chủ tịch"], []),
            ("Lục Thị Lan", ["Phó Chủ tịch"], []),
        ],
        "a count in digits announcing a title for a list",
    ),
    Example(
        "Hội có 2 Phó Chủ tịch chuyên trách: Đồng chí Mạc Văn Tư; 2 Phó Chủ tịch kiêm nhiệm: "
        "Đồng chí Lâm Văn Bảy, Phó Giám đốc Sở Tư pháp.",
        [
            ("Mạc Văn Tư", ["Phó Chủ tịch chuyên trách"], []),
            ("Lâm Văn Bảy", ["Phó Chủ tịch kiêm nhiệm", "Phó Giám đốc Sở Tư pháp"], []),
        ],
        "the next counted group ends the list of the one before (and announces its own "
        "title: kiêm nhiệm before the colon closes it)",
    ),
    Example(
        "Ông Võ Văn Nhân, Chủ tịch UBND huyện Đức Trọng cho biết.",
        [("Võ Văn Nhân", ["Chủ tịch UBND huyện Đức Trọng"], [])],
        "Đức Trọng is a district here, not Germany and a name",
    ),
    Example(
        "Bí thư Huyện ủy Nông Văn Sáu phát biểu. Ông từng làm Chủ tịch UBND huyện Cư Jút.",
        [("Nông Văn Sáu", ["Bí thư Huyện ủy", "Chủ tịch UBND huyện Cư Jút"], ["phát biểu"])],
        "Ông từng làm ...: a sentence about the person just named",
    ),
    Example(
        "Ông Lò Văn Tám sinh năm 1968, quê ở xã Mường Chanh, huyện Mai Sơn. Ông là Ủy viên Ban "
        "Thường vụ Tỉnh ủy. Tốt nghiệp Đại học Nông nghiệp, ông làm cán bộ tại trạm khuyến nông "
        "của huyện trong nhiều năm liền, tham gia các dự án trồng cây ăn quả trên đất dốc của "
        "nhiều xã vùng cao. Sau khi học xong lớp cao cấp lý luận chính trị ở Hà Nội, ông về làm "
        "Trưởng phòng Nông nghiệp huyện Mai Sơn.",
        [
            (
                "Lò Văn Tám",
                ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng phòng Nông nghiệp huyện Mai Sơn"],
                [],
            )
        ],
        "a paragraph about one person: each ông sentence within reach of the one before",
    ),
    Example(
        "Ông Lò Văn Tám sinh năm 1968, quê ở xã Mường Chanh, huyện Mai Sơn. Những năm gần đây, "
        "các xã vùng cao của huyện đã chuyển đổi hàng nghìn héc ta đất trồng ngô kém hiệu quả "
        "sang trồng xoài, nhãn, cây mắc ca và nhiều loại cây ăn quả có giá trị kinh tế cao hơn. "
        "Nhờ đó, thu nhập bình quân của người dân tăng nhanh. Sau khi học xong lớp cao cấp lý "
        "luận chính trị ở Hà Nội, ông về làm Trưởng phòng Nông nghiệp huyện Mai Sơn.",
        [],
        "an ông sentence far from the last one about the person: no one to give its title",
    ),
    Example(
        "Ông Hà Văn Khởi, phó hạt trưởng hạt kiểm lâm huyện Minh Hóa và ông Đinh Văn Lụa, trạm "
        "trưởng trạm kiểm lâm Hóa Sơn đã kiểm tra hiện trường.",
        [
            ("Hà Văn Khởi", ["phó hạt trưởng hạt kiểm lâm huyện Minh Hóa"], []),
            ("Đinh Văn Lụa", ["trạm trưởng trạm kiểm lâm Hóa Sơn"], []),
        ],
        "forest rangers' posts; the station's own name after 'trạm kiểm lâm' is no person",
    ),
    Example(
        "Hội nghị do UBND xã Kim Sơn Trưởng khối thi đua các xã chủ trì.",
        [],
        "two words after 'xã' before a title name the commune, not a person",
    ),
    Example(
        "Năm 2016, ông Lò Văn Pấng làm phó trưởng Phòng Nội vụ huyện Mai Sơn.",
        [("Lò Văn Pấng", ["phó trưởng Phòng Nội vụ huyện Mai Sơn"], [])],
        "làm before a lower-case position and an organisation",
    ),
    Example(
        "Ông Lò Văn Pấng làm việc tại huyện từ năm 2010.",
        [],
        "làm việc: no post",
    ),
    Example(
        "Ông Vi Văn Sình nghỉ hưu. Người thay ông Vi Văn Sình làm Trưởng Ban Dân vận Huyện ủy là "
        "ông Hà Văn Khởi, Phó Trưởng Ban Tổ chức Huyện ủy.",
        [
            ("Hà Văn Khởi", ["Trưởng Ban Dân vận Huyện ủy", "Phó Trưởng Ban Tổ chức Huyện ủy"], []),
        ],
        "Người thay ông B làm X là ông A: X is A's",
    ),
    Example(
        "Bà Lương Thị Hiền, giám đốc Văn phòng Đăng ký đất đai tỉnh và ông Hà Văn Khởi, chánh văn "
        "phòng HĐND, UBND huyện cùng dự.",
        [
            ("Lương Thị Hiền", ["giám đốc Văn phòng Đăng ký đất đai tỉnh"], []),
            ("Hà Văn Khởi", ["chánh văn phòng HĐND, UBND huyện"], ["dự"]),
        ],
        "Văn phòng Đăng ký đất đai; the office of both councils, one office",
    ),
    Example(
        "Dự có bà Lương Thị Hiền, Phó Chủ tịch HĐND, ông Hà Văn Khởi, Phó Chủ tịch UBND huyện.",
        [
            ("Lương Thị Hiền", ["Phó Chủ tịch HĐND"], ["dự"]),
            ("Hà Văn Khởi", ["Phó Chủ tịch UBND huyện"], ["dự"]),
        ],
        "no office before the councils: the comma parts two persons' titles",
    ),
    Example(
        "Tiếp xúc cử tri có ông Vi Văn Sình, đại biểu Hội đồng nhân dân (HĐND) huyện khóa XX.",
        [("Vi Văn Sình", ["đại biểu Hội đồng nhân dân (HĐND) huyện khóa XX"], [])],
        "đại biểu Hội đồng nhân dân spelled out, with its acronym in brackets",
    ),
    Example(
        "Ông Hà Văn Khởi, Ủy viên Ban Chấp hành Đảng bộ tỉnh (nhiệm kỳ 2020-2025), Phó Chủ tịch "
        "HĐND tỉnh (khóa XVII) đã dự.",
        [
            (
                "Hà Văn Khởi",
                ["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Phó Chủ tịch HĐND tỉnh"],
                [],
            )
        ],
        "a term in brackets after a title: the list of titles goes on",
    ),
    Example(
        "Bà Lò Thị Hoa tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN huyện khóa XII; bà "
        "Lương Thị Hiền, Phó Chủ tịch UBND huyện, Trưởng Ban vì sự tiến bộ phụ nữ huyện chúc mừng.",
        [
            ("Lò Thị Hoa", ["Chủ tịch Hội LHPN huyện khóa XII"], []),
            (
                "Lương Thị Hiền",
                ["Phó Chủ tịch UBND huyện", "Trưởng Ban vì sự tiến bộ phụ nữ huyện"],
                [],
            ),
        ],
        "tiếp tục được tín nhiệm bầu giữ chức; Ban vì sự tiến bộ phụ nữ is one board's name",
    ),
    Example(
        "Ông Vi Văn Sình tiếp tục giữ chức Chủ tịch UBND huyện khóa mới.",
        [("Vi Văn Sình", ["Chủ tịch UBND huyện"], [])],
        "a term word without its number (khóa mới) does not end a title",
    ),
    Example(
        "Từ tháng 5, ông Vi Văn Sình không còn làm Giám đốc Bệnh viện Đa khoa huyện.",
        [("Vi Văn Sình", ["Giám đốc Bệnh viện Đa khoa huyện"], [])],
        "không còn làm: a post held until then",
    ),
    Example(
        "Dự có đồng chí Lô Văn Pấng, Phó Bí thư Huyện ủy và bà Kha Thị Hiền, Chủ tịch Hội LHPN "
        "huyện.",
        [
            ("Lô Văn Pấng", ["Phó Bí thư Huyện ủy"], ["dự"]),
            ("Kha Thị Hiền", ["Chủ tịch Hội LHPN huyện"], ["dự"]),
        ],
        "Lô, a Thái surname: the first person is found, the titles do not slide",
    ),
    Example(
        "Giấy mời do ông Nguyễn Thành Tiến ký. Ông Tiến hiện giữ chức Phó Chánh Văn phòng UBND "
        "thành phố.",
        [("Nguyễn Thành Tiến", ["Phó Chánh Văn phòng UBND thành phố"], [])],
        "Ông + given name hiện giữ chức ...: the last person of that given name",
    ),
    Example(
        "Bí thư Tỉnh ủy Lâm Văn Đức dự. Trước đó, ông Đức từng trải qua nhiều vị trí như "
        "Chủ tịch UBND huyện, Giám đốc Sở Nội vụ.",
        [("Lâm Văn Đức", ["Bí thư Tỉnh ủy", "Chủ tịch UBND huyện", "Giám đốc Sở Nội vụ"], ["dự"])],
        "ông + given name in mid-sentence, then a career list (vị trí, chức danh too)",
    ),
    Example(
        "Giám đốc Sở Xây dựng Đặng Văn Hòa dự. Ông lần lượt giữ các chức vụ như Phó Chủ tịch "
        "UBND huyện Tam Nông, Bí thư Huyện ủy Tam Nông.",
        [
            (
                "Đặng Văn Hòa",
                [
                    "Giám đốc Sở Xây dựng",
                    "Phó Chủ tịch UBND huyện Tam Nông",
                    "Bí thư Huyện ủy Tam Nông",
                ],
                ["dự"],
            )
        ],
        "Ông lần lượt giữ các chức vụ như ...: two adverbs before the career list",
    ),
    Example(
        "Bí thư Tỉnh ủy Lê Quang Tùng phát biểu. Trước đó, ông từng kinh qua các vị trí công tác "
        "Giám đốc Sở Nội vụ, Chủ tịch UBND thị xã Hồng Ngự.",
        [
            (
                "Lê Quang Tùng",
                ["Bí thư Tỉnh ủy", "Giám đốc Sở Nội vụ", "Chủ tịch UBND thị xã Hồng Ngự"],
                ["phát biểu"],
            )
        ],
        "a short opening phrase and a comma, then 'ông' and a career list ('vị trí công tác')",
    ),
    Example(
        "Ngoài cương vị Bí thư Huyện ủy, ông Phạm Văn Lực còn là Chủ tịch HĐND huyện.",
        [("Phạm Văn Lực", ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"], [])],
        "'còn là' after a name gives a further title",
    ),
    Example(
        "Hội đồng do Phó Giám đốc Sở Nội vụ Trần Văn Hải làm Chủ tịch, ông Lê Văn Nam làm "
        "Phó Chủ tịch.",
        [
            ("Trần Văn Hải", ["Phó Giám đốc Sở Nội vụ", "Chủ tịch"], []),
            ("Lê Văn Nam", ["Phó Chủ tịch"], []),
        ],
        "A làm X, B làm Y: each post to the person before its 'làm'",
    ),
    Example(
        "Năm 2015, ông Đỗ Minh Khoa được điều động ra làm Phó Chánh Thanh tra tỉnh.",
        [("Đỗ Minh Khoa", ["Phó Chánh Thanh tra tỉnh"], [])],
        "'được điều động ra làm'",
    ),
    Example(
        "Ông Vũ Văn Tín được kiêm nhiệm chức vụ Trưởng ban Tiếp công dân tỉnh.",
        [("Vũ Văn Tín", ["Trưởng ban Tiếp công dân tỉnh"], [])],
        "'được kiêm nhiệm chức vụ'",
    ),
    Example(
        "Tái cử có 3 Ủy viên Ban Thường vụ gồm: Bí thư Tỉnh ủy Hà Văn Nhân, Lò Văn Tân. Ngoài "
        "ra, Phó Chủ tịch UBND tỉnh Vi Văn Dũng nghỉ hưu.",
        [
            ("Hà Văn Nhân", ["Ủy viên Ban Thường vụ", "Bí thư Tỉnh ủy"], []),
            ("Lò Văn Tân", ["Ủy viên Ban Thường vụ"], []),
            ("Vi Văn Dũng", ["Phó Chủ tịch UBND tỉnh"], []),
        ],
        "a list under a title ends with its sentence (after a name's short last syllable "
        "too); its members do not share each other's own titles",
    ),
    Example(
        "Ngày 27/6, Thượng tướng Lê Văn Lâm, Bộ trưởng Bộ Công an; Bí thư Tỉnh ủy, Trưởng "
        "đoàn đại biểu Quốc hội tỉnh Nguyễn Nhân Tùng tiếp xúc cử tri.",
        [
            ("Lê Văn Lâm", ["Thượng tướng", "Bộ trưởng Bộ Công an"], []),
            ("Nguyễn Nhân Tùng", ["Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"], []),
        ],
        "after a semicolon, titles that run into the next name are that person's",
    ),
    Example(
        "Bộ trưởng Nguyễn Văn Thành về nước năm 1989. Sau đó, ông Thành làm việc tại Phòng Giao "
        "thông huyện Tháp Mười trong nhiều năm liền và được cử đi học thêm ở trường chính trị "
        "của tỉnh. Ông lần lượt giữ các chức vụ như Bí thư Huyện ủy Tân Hồng; Phó Chủ tịch UBND "
        "tỉnh. Tháng 6/2013, ông được điều động ra làm Thứ trưởng Bộ Giao thông Vận tải.",
        [
            (
                "Nguyễn Văn Thành",
                [
                    "Bộ trưởng",
                    "Bí thư Huyện ủy Tân Hồng",
                    "Phó Chủ tịch UBND tỉnh",
                    "Thứ trưởng Bộ Giao thông Vận tải",
                ],
                [],
            )
        ],
        "'Ông ...' far from the full name speaks of whom 'ông Thành' named last; a dated "
        "opening ('Tháng 6/2013,') before 'ông được điều động ra làm'",
    ),
    Example(
        "Ông Xuân Bình, Phó Chủ tịch UBND tỉnh, là con nguyên Chủ tịch UBND tỉnh Lê Văn Hòa. "
        "Ông từng kinh qua các vị trí Bí thư Huyện ủy Đắk Mil, Giám đốc Sở Nội vụ.",
        [("Lê Văn Hòa", ["nguyên Chủ tịch UBND tỉnh"], [])],
        "a father named in passing ('là con ...') is not whom the next 'Ông' speaks of",
    ),
    Example(
        "Kỷ luật Thiếu tướng Nguyễn Văn Hiền Sau khi xem xét đề nghị của Ủy ban Kiểm tra, Ban "
        "Bí thư quyết định.",
        [("Nguyễn Văn Hiền", ["Thiếu tướng"], [])],
        "a sentence opener glued after a name (an inline heading without its full stop) is cut",
    ),
    Example(
        "Bà Lò Thị Hà (48 tuổi), Phó Chánh Văn phòng Huyện ủy chưa có bằng đại học; Phó Chủ "
        "tịch tỉnh Vi Văn Sơn, Trưởng Ban tổ chức lễ tang tuyên bố lễ an táng bắt đầu.",
        [
            ("Lò Thị Hà", ["Phó Chánh Văn phòng Huyện ủy"], []),
            ("Vi Văn Sơn", ["Phó Chủ tịch tỉnh", "Trưởng Ban tổ chức lễ tang"], []),
        ],
        "'chưa' and 'tuyên bố' end a title",
    ),
    Example(
        "Theo Trưởng ban Pháp chế (HĐND tỉnh) Lê Hoài Nam và nguyên Giám đốc Bệnh viện tỉnh "
        "(nay là Bệnh viện Đa khoa) Trịnh Văn Trân, việc này đúng quy định.",
        [
            ("Lê Hoài Nam", ["Trưởng ban Pháp chế"], []),
            ("Trịnh Văn Trân", ["nguyên Giám đốc Bệnh viện tỉnh"], []),
        ],
        "a bracket naming the council or the body's present name, between title and name",
    ),
    Example(
        "Ông Võ Văn Phúc, nguyên Phó Chủ tịch UBND thị xã, với vai trò là Chủ tịch Hội đồng thẩm "
        "định, và ông Ngô Văn Hà, nguyên Trưởng phòng Tài chính (đương nhiệm Bí thư Đảng ủy "
        "phường 1) bị kỷ luật.",
        [
            ("Võ Văn Phúc", ["nguyên Phó Chủ tịch UBND thị xã", "Chủ tịch Hội đồng thẩm định"], []),
            ("Ngô Văn Hà", ["nguyên Trưởng phòng Tài chính", "Bí thư Đảng ủy phường 1"], []),
        ],
        "'với vai trò là' and '(đương nhiệm' give a further title",
    ),
    Example(
        "Bà Hồ Thị Kim Thoa, Thứ trưởng Bộ Công Thương, trong thời gian giữ các chức vụ Bí thư "
        "Đảng ủy, Giám đốc Công ty Điện Quang đã ký.",
        [
            (
                "Hồ Thị Kim Thoa",
                ["Thứ trưởng Bộ Công Thương", "Bí thư Đảng ủy", "Giám đốc Công ty Điện Quang"],
                [],
            )
        ],
        "'trong thời gian giữ các chức vụ' (and 'khi giữ chức') give the posts held then",
    ),
    Example(
        "Thứ trưởng Kim Thoa kê khai tài sản\nBà Hồ Thị Kim Thoa, Thứ trưởng Bộ Công Thương, "
        "đã kê khai đầy đủ.",
        [("Hồ Thị Kim Thoa", ["Thứ trưởng Bộ Công Thương"], [])],
        "a headline's two-word short name is the one longer name ending with it (its title, "
        "contained in a fuller one, is listed once)",
    ),
    Example(
        "Ông Phạm Văn Châu (Đại sứ Việt Nam tại Ấn Độ) cho biết chuyến thăm thành công; ông "
        "Lê Văn Hải, Chủ tịch UBND tỉnh tại buổi lễ đã phát biểu.",
        [
            ("Phạm Văn Châu", ["Đại sứ Việt Nam tại Ấn Độ"], []),
            ("Lê Văn Hải", ["Chủ tịch UBND tỉnh"], []),
        ],
        "a post held abroad goes on with 'tại' and the country; elsewhere 'tại' ends a title",
    ),
    Example(
        "Bí thư Tỉnh ủy Bắc Kạn Hoàng Duy Chinh Bắc Kạn đã tổ chức hội nghị.",
        [("Hoàng Duy Chinh", ["Bí thư Tỉnh ủy Bắc Kạn"], [])],
        "a province glued after a three-word name (a caption run into the text) is cut off",
    ),
    Example(
        "Kỷ luật ông Lục Văn Sơn, lúc này là Phó Chủ tịch UBND huyện.",
        [("Lục Văn Sơn", ["Phó Chủ tịch UBND huyện"], [])],
        "'lúc này là', 'khi đó là' before the title held then",
    ),
    Example(
        "Ông Vi Văn Kiên (cháu ông Hùng) đang là Chủ tịch UBND xã.",
        [("Vi Văn Kiên", ["Chủ tịch UBND xã"], [])],
        "a bracket saying who the person is to someone, then a verb giving the title",
    ),
    Example(
        "Bà Lò Thị Hương (phải) và bà Vi Thị Mai (trái) được bầu vào chức danh Phó Bí thư "
        "Huyện ủy.",
        [
            ("Lò Thị Hương", ["Phó Bí thư Huyện ủy"], []),
            ("Vi Thị Mai", ["Phó Bí thư Huyện ủy"], []),
        ],
        "photo positions in brackets read past; 'được bầu vào chức danh' gives the post",
    ),
    Example(
        "Bí thư Đảng ủy xã Đắk Môl (huyện Đắk Song) Y Bhiêu Niê phát biểu.",
        [("Y Bhiêu Niê", ["Bí thư Đảng ủy xã Đắk Môl"], ["phát biểu"])],
        "a bracket telling where the body lies, between the title and the name",
    ),
    Example(
        "HĐND tỉnh bầu bổ sung ông Ma Văn Chung và Lý Văn Bảo làm Phó Chủ tịch UBND tỉnh.",
        [
            ("Ma Văn Chung", ["Phó Chủ tịch UBND tỉnh"], []),
            ("Lý Văn Bảo", ["Phó Chủ tịch UBND tỉnh"], []),
        ],
        "bầu bổ sung A và B làm X",
    ),
    Example(
        "Trưởng Ban Tuyên giáo Tỉnh ủy Lưu Văn Tâm Ông Hà Đức Long, Chủ tịch Hội Nông dân "
        "tỉnh cho biết thêm.",
        [
            ("Lưu Văn Tâm", ["Trưởng Ban Tuyên giáo Tỉnh ủy"], []),
            ("Hà Đức Long", ["Chủ tịch Hội Nông dân tỉnh"], []),
        ],
        "a caption glued to the next sentence: a capitalised Ông ends the first name",
    ),
    # --- careers told in clauses away from the name
    Example(
        "Ông Trần Văn Hòa sinh năm 1958, quê Hà Tĩnh, là Ủy viên Trung ương Đảng khóa X, XI; "
        "đại biểu Quốc hội khóa XII, XIII.",
        [
            (
                "Trần Văn Hòa",
                ["Ủy viên Trung ương Đảng khóa X, XI", "đại biểu Quốc hội khóa XII, XIII"],
                [],
            )
        ],
        "a birth clause between the name and là; titles with their lists of terms",
    ),
    Example(
        "Bà Lò Thị Mai sinh năm 1970. Bà là Ủy viên Trung ương các khóa XI, XII; đại biểu "
        "Quốc hội các khóa XIII, XIV. Năm 2016 bà là Bí thư Tỉnh ủy Điện Biên.",
        [
            (
                "Lò Thị Mai",
                ["Ủy viên Trung ương", "đại biểu Quốc hội", "Bí thư Tỉnh ủy Điện Biên"],
                [],
            )
        ],
        "Bà là ...; and a year opening the next sentence without a comma",
    ),
    Example(
        "Là Ủy viên Ban cán sự Đảng, Thứ trưởng Bộ Tài chính giai đoạn 2012-2016, ông Đặng "
        "Văn Lâm đã ký nhiều văn bản trái quy định.",
        [("Đặng Văn Lâm", ["Ủy viên Ban cán sự Đảng", "Thứ trưởng Bộ Tài chính"], [])],
        "a fronted Là clause: its posts are the subject's",
    ),
    Example(
        "Ủy ban Kiểm tra kết luận vi phạm của ông Đặng Văn Lâm. Với cương vị Bí thư Ban cán "
        "sự Đảng, Bộ trưởng kiêm Chủ tịch Hội đồng thẩm định, ông Lâm chịu trách nhiệm chính.",
        [
            (
                "Đặng Văn Lâm",
                ["Bí thư Ban cán sự Đảng", "Bộ trưởng", "Chủ tịch Hội đồng thẩm định"],
                [],
            )
        ],
        "a fronted Với cương vị clause and a given-name subject: the last person so named",
    ),
    Example(
        "Ban Bí thư quyết định cách tất cả chức vụ trong Đảng của ông Lường Văn Kiên, gồm: "
        "Ủy viên Ban Chấp hành Đảng bộ tỉnh; Bí thư Đảng ủy Sở Nội vụ.",
        [
            (
                "Lường Văn Kiên",
                ["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy Sở Nội vụ"],
                [],
            )
        ],
        "the posts of a person, listed after the name by gồm",
    ),
    Example(
        "Ông Hà Văn Quý bị điều chuyển sang đảm nhiệm chức vụ Phó Trưởng ban Tổ chức Tỉnh ủy. "
        "Ông Vi Đức Thắng được bố trí công việc mới là Ủy viên thường trực Ban chỉ đạo.",
        [
            ("Hà Văn Quý", ["Phó Trưởng ban Tổ chức Tỉnh ủy"], []),
            ("Vi Đức Thắng", ["Ủy viên thường trực Ban chỉ đạo"], []),
        ],
        "bị điều chuyển sang đảm nhiệm chức vụ; được bố trí công việc mới là",
    ),
    Example(
        "Ông Đặng Văn Lực được điều động về giữ chức Bí thư Quận ủy.",
        [("Đặng Văn Lực", ["Bí thư Quận ủy"], [])],
        "được điều động về giữ chức",
    ),
    Example(
        "Quyền Chủ tịch UBND tỉnh hiện là ông Nông Văn Chí.",
        [("Nông Văn Chí", ["Quyền Chủ tịch UBND tỉnh"], [])],
        "TITLE hiện là ông X",
    ),
    Example(
        "Đoàn đã hội kiến với Tổng Bí thư, Chủ tịch nước Võ Minh Tâm tại Hà Nội.",
        [("Võ Minh Tâm", ["Tổng Bí thư", "Chủ tịch nước"], [])],
        "after với, a stack of titles opening with Tổng Bí thư is the person's",
    ),
    Example(
        "Thừa ủy quyền của Thủ tướng, Bộ trưởng Nội vụ Phan Văn Sáu trao quyết định.",
        [("Phan Văn Sáu", ["Bộ trưởng Nội vụ"], ["trao"])],
        "after của, a single head's title before a comma is that head's, not the speaker's",
    ),
    Example(
        "Đoàn do Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn Lê Văn Phúc dẫn đầu.",
        [("Lê Văn Phúc", ["Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn"], ["trưởng đoàn"])],
        "Trung ương Đoàn is the Youth Union: the name starts after Đoàn",
    ),
    Example(
        "Ông Võ Văn Khang, Phó Chủ tịch UBND thành phố thông báo kết quả thanh tra.",
        [("Võ Văn Khang", ["Phó Chủ tịch UBND thành phố"], [])],
        "thông báo ends the title",
    ),
    Example(
        "Bà Đỗ Thị Lan là ủy viên Trung ương Đảng khóa 11, 12; đại biểu Quốc hội khóa 13. Năm "
        "2008, bà làm Phó Chủ tịch kiêm Trưởng ban Quản lý các khu công nghiệp tỉnh rồi Chủ "
        "tịch UBND tỉnh. Năm 2016, bà được phê chuẩn làm Phó Thủ tướng.",
        [
            (
                "Đỗ Thị Lan",
                [
                    "ủy viên Trung ương Đảng khóa 11, 12",
                    "đại biểu Quốc hội khóa 13",
                    "Phó Chủ tịch",
                    "Trưởng ban Quản lý các khu công nghiệp tỉnh",
                    "Chủ tịch UBND tỉnh",
                    "Phó Thủ tướng",
                ],
                [],
            )
        ],
        "terms in digits; rồi between two posts; được phê chuẩn làm",
    ),
    Example(
        "Chủ tịch UBND phường Lý Thái Tổ Nguyễn Trung Thành và Phó Đội trưởng Đội Cảnh sát "
        "giao thông Hà Văn Hưng cùng Chánh Văn phòng Hội đồng bầu cử quốc gia Lê Minh Tú dự họp.",
        [
            ("Nguyễn Trung Thành", ["Chủ tịch UBND phường Lý Thái Tổ"], []),
            ("Hà Văn Hưng", ["Phó Đội trưởng Đội Cảnh sát giao thông"], []),
            ("Lê Minh Tú", ["Chánh Văn phòng Hội đồng bầu cử quốc gia"], []),
        ],
        "a ward named after a person before the official's name; Phó Đội trưởng; Hội đồng bầu cử",
    ),
    Example(
        "Hiệu trưởng Trường THCS số 1 Nguyễn Văn Tâm và Đội trưởng Đội CSGT số 3 Hà Văn Hưng "
        "dự lễ khai giảng.",
        [
            ("Nguyễn Văn Tâm", ["Hiệu trưởng Trường THCS số 1"], []),
            ("Hà Văn Hưng", ["Đội trưởng Đội CSGT số 3"], []),
        ],
        "số and a number inside a unit's name, before the official's name (no house number)",
    ),
    Example(
        "Vụ trưởng Tiền lương Trần Văn Hải và ông Lý Văn Mạnh, Phó Giám đốc Sở Nội vụ kiêm "
        "chức vụ Giám đốc Trung tâm Lưu trữ, dự họp.",
        [
            ("Trần Văn Hải", ["Vụ trưởng Tiền lương"], []),
            ("Lý Văn Mạnh", ["Phó Giám đốc Sở Nội vụ", "Giám đốc Trung tâm Lưu trữ"], []),
        ],
        "a department named right after Vụ trưởng; kiêm chức vụ joins two titles",
    ),
    Example(
        "Tổng thống Hollande tiếp Thủ tướng Abe\n\nTổng thống Pháp Francois Hollande đã tiếp "
        "Thủ tướng Abe tại Paris. Thủ tướng Nga cũng có mặt.",
        [
            ("Abe", ["Thủ tướng"], []),
            ("Francois Hollande", ["Tổng thống Pháp"], []),
        ],
        "a foreign leader named by one word after the post; the headline's one word is the "
        "longer name ending with it; a country after the post is no name",
    ),
    Example(
        "Chủ tịch UBND thành phố Văn Hữu Chiến và Giám đốc Trung tâm Văn hóa tỉnh Lê Văn Kiên "
        "cùng dự.",
        [
            ("Văn Hữu Chiến", ["Chủ tịch UBND thành phố"], []),
            ("Lê Văn Kiên", ["Giám đốc Trung tâm Văn hóa tỉnh"], []),
        ],
        "Văn as a surname opening three words",
    ),
    Example(
        "Ông Trịnh Văn Cảnh bị kỷ luật. Ngoài ra, thời điểm là Thành ủy viên, Giám đốc Sở Xây "
        "dựng, ông Cảnh đã ký nhiều văn bản sai.",
        [("Trịnh Văn Cảnh", ["Thành ủy viên", "Giám đốc Sở Xây dựng"], [])],
        "a fronted thời điểm là clause after a short opening",
    ),
    Example(
        "Hai lãnh đạo Vũ Quang Hùng (Giám đốc Sở Xây dựng) và Chủ tịch UBND huyện Vũ Quang "
        "Lê Văn An cùng dự.",
        [
            ("Vũ Quang Hùng", ["Giám đốc Sở Xây dựng"], []),
            ("Lê Văn An", ["Chủ tịch UBND huyện Vũ Quang"], []),
        ],
        "a three-word name opening like a district, with no huyện before it; the district after "
        "huyện",
    ),
    Example(
        "Ông Lê Văn Đức, khi còn giữ chức Bí thư Huyện ủy, đã chỉ đạo quyết liệt.",
        [("Lê Văn Đức", ["Bí thư Huyện ủy"], [])],
        "khi còn giữ chức: a post held then",
    ),
    Example(
        "Ông Trần Văn Quý, chủ doanh nghiệp tư nhân Minh Phát cho biết sẽ mở rộng sản xuất.",
        [("Trần Văn Quý", ["chủ doanh nghiệp tư nhân Minh Phát"], [])],
        "an enterprise's owner heads it: a title",
    ),
    Example(
        "Bí thư Nguyễn Thiện nhân phát biểu. Bí thư Thành ủy Nguyễn Thiện Nhân nhấn mạnh.",
        [("Nguyễn Thiện Nhân", ["Bí thư Thành ủy"], [])],
        "a name's last word typed in lower case is the longer name's",
    ),
    Example(
        "Tại phiên thảo luận, đại biểu Hà Văn Sơn (Lạng Sơn) cho rằng cần sửa luật.",
        [("Hà Văn Sơn", ["đại biểu"], [])],
        "đại biểu alone before a Vietnamese full name: a deputy",
    ),
    Example(
        "Dự có ông Trần Văn Hải - Chủ tịch UBND xã và ông Ông Lê Minh Tâm - Bí thư Đảng uỷ xã.",
        [
            ("Trần Văn Hải", ["Chủ tịch UBND xã"], []),
            ("Lê Minh Tâm", ["Bí thư Đảng uỷ xã"], []),
        ],
        "the form of address typed twice (ông Ông) is not a surname",
    ),
    Example(
        "Bà Nguyễn Thị Lan – Chủ tịch Hội khuyến học khóa II thông qua báo cáo tổng kết.",
        [("Nguyễn Thị Lan", ["Chủ tịch Hội khuyến học khóa II"], [])],
        "thông qua (adopts) ends a title whose body is written in lower case",
    ),
    Example(
        "Dự buổi lễ có đồng chí Lê Thị Hoa, Phó trưởng Khối MTTQ và các đoàn thể CTXH thành phố.",
        [("Lê Thị Hoa", ["Phó trưởng Khối MTTQ và các đoàn thể CTXH thành phố"], [])],
        "the bloc of the Front and the mass organisations is one body, its và inside the name",
    ),
    Example(
        "Hội nghị có ông Phạm Văn Tư - Công chức Văn hóa, phó chủ tịch Hội khuyến học xã Hưng Đạo.",
        [("Phạm Văn Tư", ["Công chức Văn hóa", "phó chủ tịch Hội khuyến học xã Hưng Đạo"], [])],
        "a commune's civil servant by field is a post",
    ),
    Example(
        "UVTƯ Đảng, Bí thư Tỉnh ủy Lê Quang Tùng phát biểu tại hội nghị.",
        [("Lê Quang Tùng", ["UVTƯ Đảng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"], [])],
        "UVTƯ is Ủy viên Trung ương, listed as written and spelled out",
    ),
    Example(
        "Đ/c Nguyễn Bá Huỳnh - Thường vụ Đảng ủy, Chủ tịch UBMTTQ phường tặng hoa chúc mừng.",
        [("Nguyễn Bá Huỳnh", ["Thường vụ Đảng ủy", "Chủ tịch UBMTTQ phường"], [])],
        "a standing committee's member named by the committee alone",
    ),
    Example(
        "Bí thư Huyện ủy Lộc Hà Nguyễn Thế Hoàn phát biểu tại hội nghị.",
        [("Nguyễn Thế Hoàn", ["Bí thư Huyện ủy Lộc Hà"], ["phát biểu"])],
        "a district abolished in 2025 (former_districts.tsv) still ends the title before the name",
    ),
    Example(
        "Thủ tướng, Đại tướng Cao Văn Hữu dự lễ kỷ niệm.",
        [("Cao Văn Hữu", ["Thủ tướng", "Đại tướng"], [])],
        "a bare position, a comma and another position: one chain",
    ),
    Example(
        "Hội nghị đã bầu bà Nông Thị Hằng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh khóa VIII là "
        "Chủ tịch Hội Nông dân tỉnh khóa IX.",
        [
            (
                "Nông Thị Hằng",
                [
                    "Tỉnh ủy viên",
                    "Chủ tịch Hội Nông dân tỉnh khóa VIII",
                    "Chủ tịch Hội Nông dân tỉnh khóa IX",
                ],
                [],
            )
        ],
        "bầu X, her titles, là t: the post she is elected to is hers too",
    ),
    Example(
        "Dự buổi lễ có đ/c Lục Thị Vân-UVBTV, Trưởng ban Tuyên giáo Huyện ủy và đ/c Hà Văn "
        "Tới-HUV, Chủ tịch Hội Nông dân huyện.",
        [
            (
                "Lục Thị Vân",
                ["UVBTV", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo Huyện ủy"],
                [],
            ),
            ("Hà Văn Tới", ["HUV", "Huyện ủy viên", "Chủ tịch Hội Nông dân huyện"], []),
        ],
        "và đ/c: the và of a list of people, not of an organisation's name",
    ),
    # --- titles taken one each, in order (lần lượt)
    Example(
        "Tại đại hội, ông Hà Văn Quyết và bà Mã Thị Loan lần lượt giữ chức Chủ tịch, Phó Chủ "
        "tịch Hội Cựu chiến binh xã.",
        [
            ("Hà Văn Quyết", ["Chủ tịch"], []),
            ("Mã Thị Loan", ["Phó Chủ tịch Hội Cựu chiến binh xã"], []),
        ],
        "lần lượt giữ chức t1, t2: the first title is the first name's, the second the second's",
    ),
    Example(
        "Các đồng chí Tống Văn Đạt, Kiều Thị Nga được bầu lần lượt là Bí thư và Phó Bí thư "
        "Đảng ủy phường.",
        [
            ("Tống Văn Đạt", ["Bí thư"], []),
            ("Kiều Thị Nga", ["Phó Bí thư Đảng ủy phường"], []),
        ],
        "được bầu lần lượt là t1 và t2: và joins the last title of the list",
    ),
    Example(
        "Ông Lục Văn Hải, ông Đinh Quốc Hưng và bà Âu Thị Thơm vừa lần lượt được bổ nhiệm giữ "
        "chức Giám đốc Sở Nội vụ, Giám đốc Sở Công thương, Giám đốc Sở Tư pháp.",
        [
            ("Lục Văn Hải", ["Giám đốc Sở Nội vụ"], []),
            ("Đinh Quốc Hưng", ["Giám đốc Sở Công thương"], []),
            ("Âu Thị Thơm", ["Giám đốc Sở Tư pháp"], []),
        ],
        "three names, three titles, one each",
    ),
    Example(
        "Ông Lục Văn Hải và bà Âu Thị Thơm lần lượt là Trưởng ban, Phó Trưởng ban Dân vận "
        "Huyện ủy.",
        [
            ("Lục Văn Hải", ["Trưởng ban"], []),
            ("Âu Thị Thơm", ["Phó Trưởng ban Dân vận Huyện ủy"], []),
        ],
        "lần lượt là without a verb",
    ),
    Example(
        "Ông Lục Văn Hải và bà Âu Thị Thơm lần lượt giữ chức phó giám đốc các sở Nội vụ và "
        "Tư pháp.",
        [("Lục Văn Hải", ["phó giám đốc"], []), ("Âu Thị Thơm", ["phó giám đốc"], [])],
        "one title alone after lần lượt is each name's",
    ),
    # --- lower-case words inside an organisation's name (hunt 20)
    Example(
        "Ông Hà Văn Khôi, Chủ tịch Liên hiệp các hội Văn học nghệ thuật tỉnh Nghệ An, phát biểu.",
        [("Hà Văn Khôi", ["Chủ tịch Liên hiệp các hội Văn học nghệ thuật tỉnh Nghệ An"], [])],
        "Liên hiệp các hội: các inside the union's name",
    ),
    Example(
        "Dự lễ có bà Đỗ Thị Lan, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nam Định.",
        [("Đỗ Thị Lan", ["Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nam Định"], [])],
        "Liên hiệp các tổ chức hữu nghị",
    ),
    Example(
        "Ông Phan Văn Sáu, Trưởng ban Chỉ đạo nhà nước các công trình trọng điểm ngành điện, "
        "chủ trì.",
        [
            (
                "Phan Văn Sáu",
                ["Trưởng ban Chỉ đạo nhà nước các công trình trọng điểm ngành điện"],
                ["chủ trì"],
            )
        ],
        "các after a steering committee's qualifier goes on with its subject",
    ),
    Example(
        "Bà Vi Thị Nhung, phó trưởng Ban chỉ đạo quốc gia về xây dựng các khu kinh tế ven biển, "
        "dự họp.",
        [
            (
                "Vi Thị Nhung",
                ["phó trưởng Ban chỉ đạo quốc gia về xây dựng các khu kinh tế ven biển"],
                [],
            )
        ],
        "về xây dựng các ...: the committee's subject",
    ),
    Example(
        "Ông Đào Quang Vinh, Trưởng ban Chỉ đạo các cấp nhất trí cao với kế hoạch.",
        [("Đào Quang Vinh", ["Trưởng ban Chỉ đạo"], [])],
        "các right after Ban Chỉ đạo, with nothing qualifying it, ends the title",
    ),
    Example(
        "Hội có hai Phó Chủ tịch chuyên trách; bà Mai Thị Hạnh - Phó Chủ tịch kiêm nhiệm.",
        [("Mai Thị Hạnh", ["Phó Chủ tịch kiêm nhiệm"], [])],
        "kiêm nhiệm closing the title is how the post is held: part of it",
    ),
    Example(
        "Ông Lê Văn Tám, Bộ trưởng Tài chính kiêm nhiệm Chủ tịch Hội đồng quản lý quỹ, phát biểu.",
        [("Lê Văn Tám", ["Bộ trưởng Tài chính", "Chủ tịch Hội đồng quản lý quỹ"], [])],
        "kiêm nhiệm before a title joins two titles",
    ),
    # --- titles a verb gives (hunt 20)
    Example(
        "Phó Thủ tướng Lương Văn Hào phụ trách khối nội chính. Ông Hào làm nhiệm vụ Trưởng ban "
        "chỉ đạo phòng chống thiên tai; Chủ tịch Ủy ban Biên giới quốc gia.",
        [
            (
                "Lương Văn Hào",
                [
                    "Phó Thủ tướng",
                    "Trưởng ban chỉ đạo phòng chống thiên tai",
                    "Chủ tịch Ủy ban Biên giới quốc gia",
                ],
                [],
            )
        ],
        "ông X làm nhiệm vụ t1; t2: each listed post is the given name's",
    ),
    Example(
        "Bà Tòng Thị Mai, Giám đốc Sở Công Thương. Bà còn có thời gian giữ các chức vụ: Ủy "
        "viên Ủy ban Tài chính của Quốc hội; Chủ tịch Hiệp hội Doanh nghiệp tỉnh.",
        [
            (
                "Tòng Thị Mai",
                [
                    "Giám đốc Sở Công Thương",
                    "Ủy viên Ủy ban Tài chính của Quốc hội",
                    "Chủ tịch Hiệp hội Doanh nghiệp tỉnh",
                ],
                [],
            )
        ],
        "Bà còn có thời gian giữ các chức vụ: a career list of the last person",
    ),
    Example(
        "Ông Quàng Văn Lực, Giám đốc Công an tỉnh được bổ sung làm Phó Trưởng ban Chỉ đạo "
        "an toàn giao thông tỉnh.",
        [
            (
                "Quàng Văn Lực",
                ["Giám đốc Công an tỉnh", "Phó Trưởng ban Chỉ đạo an toàn giao thông tỉnh"],
                [],
            )
        ],
        "được bổ sung làm: an appointment",
    ),
    Example(
        "Bí thư Tỉnh ủy Trần Minh Tuệ bị kỷ luật; ông Tuệ (khi giữ cương vị Phó Bí thư Tỉnh "
        "ủy, Chủ tịch UBND tỉnh) chịu trách nhiệm chính.",
        [
            (
                "Trần Minh Tuệ",
                ["Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"],
                [],
            )
        ],
        "(khi giữ cương vị t1, t2) after ông X: the posts held then",
    ),
    Example(
        "Chủ tịch UBND xã Hoàng Văn Dũng cho biết ông Dũng làm nhiệm vụ tại chốt kiểm dịch "
        "từ đầu tháng.",
        [("Hoàng Văn Dũng", ["Chủ tịch UBND xã"], [])],
        "làm nhiệm vụ not followed by a post: a duty, no title",
    ),
    Example(
        "Ông Lò Văn Thái, Trưởng phòng Nội vụ huyện được bổ sung vào danh sách khen thưởng.",
        [("Lò Văn Thái", ["Trưởng phòng Nội vụ huyện"], [])],
        "được bổ sung vào a list: no title",
    ),
    Example(
        "Ông Hà Quang Vũ, Phó Chủ tịch UBND tỉnh sẽ làm Trưởng ban Tổ chức hội thi.",
        [("Hà Quang Vũ", ["Phó Chủ tịch UBND tỉnh", "Trưởng ban Tổ chức hội thi"], [])],
        "sẽ làm: a post to be taken up",
    ),
    Example(
        "Thủ tướng Đinh Văn Khải trực tiếp làm Trưởng ban Chỉ đạo quốc gia về chuyển đổi số.",
        [
            (
                "Đinh Văn Khải",
                ["Thủ tướng", "Trưởng ban Chỉ đạo quốc gia về chuyển đổi số"],
                [],
            )
        ],
        "trực tiếp làm: the post the person holds himself",
    ),
    Example(
        "Ông Lò Văn Sơn sẽ thôi giữ chức Cục trưởng Cục Văn hóa cơ sở Theo một nguồn tin, "
        "quyết định sắp được ký.",
        [("Lò Văn Sơn", ["Cục trưởng Cục Văn hóa cơ sở"], [])],
        "a heading with no full stop: a sentence opener before a lower-case word ends the title",
    ),
    Example(
        "Ông Mai Văn Hùng, Phó Viện trưởng Viện Kiểm sát nhân dân Tối cao cho biết.",
        [("Mai Văn Hùng", ["Phó Viện trưởng Viện Kiểm sát nhân dân Tối cao"], [])],
        "Tối of Tối cao opens no sentence inside the body's name",
    ),
]

NEGATIVE: list[Example] = [
    Example(
        "Theo phóng viên Báo Đại Đoàn Kết, buổi gặp mặt diễn ra ấm cúng.",
        note="two words ending a run opened by Báo are the paper's name, not a person's",
    ),
    Example(
        "Theo người phát ngôn Lầu Năm Góc, 59 tên lửa đã được phóng.",
        note="the Pentagon is no person (data/not_names.txt)",
    ),
    Example(
        "Các ĐB Nguyễn Văn An và Trần Văn Bình cùng phát biểu.",
        note="các ĐB: many deputies, no title for one of them",
    ),
    Example(
        "Anh Nguyễn Văn Tâm làm giám đốc một công ty nhỏ ở xã.",
        [],
        "'làm' and a lower-case post with no body: a job, not an official's title",
    ),
    Example(
        "Bài viết điểm lại quá trình trưởng thành của Đảng bộ, Huyện Đoàn Kết đã phát triển.",
        None,
        "trưởng thành is a word, no position Trưởng",
    ),
    Example(
        "Nhân dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 12 tập thể.",
        None,
        "Bằng khen, Tặng Bằng are not names",
    ),
    Example(
        "Đoàn công tác đã đến thăm và tặng quà các gia đình chính sách.", None, "Đoàn is not a name"
    ),
    Example(
        "Toàn tỉnh hiện có 18 đội công tác. Sáng ngày 30/9, hội nghị khai mạc.",
        None,
        "Toàn tỉnh, Sáng ngày are not names",
    ),
    Example(
        "Ông Nguyễn Văn Tư, 68 tuổi, ở thôn 3 cho biết gia đình đã nhận đủ tiền.",
        None,
        "a citizen named without any title",
    ),
    Example("Tác giả: Trần Minh Hải", None, "a byline is not an official"),
    Example("Ảnh: LÊ HOÀNG NAM", None, "a photo credit in capitals"),
    Example(
        "Khu lưu niệm danh nhân Nguyễn Văn Trỗi được khởi công năm 2022.",
        None,
        "a historical figure without a title",
    ),
    Example(
        "Đoàn Đại biểu Quốc hội tỉnh tiếp xúc cử tri tại xã Đắk Ha.",
        None,
        "Đoàn Đại biểu is an organisation, not a person",
    ),
    Example(
        "Tiến sĩ Lê Văn Hòa trình bày tham luận về kinh tế số.",
        None,
        "an academic title alone does not make an official",
    ),
    Example(
        "Hội nghị có sự tham dự của Hội Nông dân, Hội Cựu chiến binh tỉnh.",
        None,
        "organisations only",
    ),
    Example(
        "BTV Ngọc Lan dẫn chương trình Thời sự tối nay.",
        note="BTV before a name (an editor), not before an organisation",
    ),
    Example(
        "Hiệu trưởng Trường Tiểu học Lý Tự Trọng đã gửi thư cảm ơn.",
        note="a school named after a person: the title names no one",
    ),
    Example(
        "Chương trình CT MT quốc gia được triển khai ở 8 xã.",
        note="CT not before an organisation",
    ),
    Example(
        "Cảm ơn ông bà con - Chủ tịch xã nói vui.",
        note="lower-case words after ông that open with no surname are no name",
    ),
    Example(
        "Bí thư Tỉnh ủy Sơn La đã gửi thư chúc mừng.",
        note="Sơn as a surname, but Sơn La is a province",
    ),
    Example(
        "Cử tri đề nghị làm rõ trách nhiệm đối với ông Nguyễn Văn Cao.",
        note="đối với without an act about a post gives no title",
    ),
    Example(
        "Chương trình do Đoàn Văn công Quân khu 5 biểu diễn.",
        note="Đoàn Văn công is a troupe (after Trưởng too)",
    ),
    Example(
        "Bà lê thị hoa, người dân thôn 3, cho biết gia đình đã thoát nghèo.",
        note="a lower-case name with no position after it is not read",
    ),
    Example(
        "8B Lê Trực: Thủ tướng yêu cầu thành phố xử lý nhà 8B Lê Trực trước 30/6.",
        note="a street after a house number, not a person with the title after it",
    ),
    Example(
        "Đến ngày 20/6, đơn vị đã hoàn thành Đoàn kết nội bộ được giữ vững, Bí thư nói.",
        note="a Đoàn after a level word with no three-word name after it is no union",
    ),
    Example(
        "Người dân phường Lê Hồng Phong và xã Hoàng Văn Thụ đã góp ý cho dự thảo.",
        note="wards named after a person are places",
    ),
    Example(
        "Các đại biểu Nguyễn Văn Tùng và Lê Thị Hoa đồng tình; Đoàn đại biểu Vũ Văn Thái đến thăm.",
        note="đại biểu after các or đoàn: delegates or a delegation, no deputy's title",
    ),
    Example(
        "Là đơn vị dẫn đầu, Giám đốc Sở Tài chính đề nghị các huyện học tập.",
        note="a fronted Là clause with no position in it and no person after the comma",
    ),
    Example(
        "Toàn xã có 20 cán bộ, công chức tham gia lớp tập huấn nghiệp vụ.",
        note="a bare công chức is no post",
    ),
    Example(
        "Lãnh đạo Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện dự lễ.",
        note="two bodies listed, no person",
    ),
    Example(
        "Ông Lục Văn Hải, ông Đinh Quốc Hưng và bà Âu Thị Thơm lần lượt giữ chức Giám đốc Sở "
        "Nội vụ, Giám đốc Sở Tư pháp.",
        note="three names and two titles taken one each: which is whose cannot be told",
    ),
    Example(
        "Ông Lục Văn Hải và bà Âu Thị Thơm lần lượt đạt số phiếu tín nhiệm là 95% và 91%.",
        note="lần lượt là before figures, no title",
    ),
    Example(
        "Theo Bộ trưởng, Vinacapital - Lê Minh là khu công nghiệp đầu tiên đạt chuẩn xanh.",
        note="a bare position's comma ends its clause: the company and the place are no title "
        "and no person",
    ),
    Example(
        "Theo Thủ tướng, Vissan - Trần Quý đã trở thành điển hình của ngành chế biến.",
        note="the same after Thủ tướng",
    ),
    Example(
        "Bà con trong bản đã bầu ông Vi Văn Thắm là người có uy tín năm nay.",
        note="bầu X là and no position after là: no title",
    ),
]
