"""A survey of the dates news sites print near their headline, in thirty languages: the
forms a reader sees (a weekday, an abbreviated month, a label such as "published" or
"updated", the time after a word of the language), each on a small page in its language,
and the lines that print no publication date (a relative time, an issue's number, a
copyright's year), which must stay dateless."""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

D = dt.date
T = dt.datetime
#: The day most lines below print: Wednesday 8 December 2010, at 14:05.
DAY = D(2010, 12, 8)
AT = T(2010, 12, 8, 14, 5)

# (language, printed line, what it must give: a date, a date and time, or None)
SURVEY: list[tuple[str, str, dt.date | None]] = [
    # German
    ("de", "Veröffentlicht am 08.12.2010 um 14:05 Uhr", AT),
    ("de", "Mittwoch, 8. Dezember 2010, 14:05 Uhr", AT),
    ("de", "08.12.2010, 14:05 Uhr", AT),
    ("de", "8. Dez. 2010", DAY),
    ("de-AT", "8. Feber 2011", D(2011, 2, 8)),
    ("de", "Erstellt: 08.12.2010 14:05 | Aktualisiert: 09.12.2010 10:00", AT),
    ("de", "Mi, 08.12.2010 - 14:05", AT),
    ("de", "08. Dezember 2010 | 14:05 Uhr", AT),
    ("de", "Beitrag vom 08.12.2010", DAY),
    ("de", "Datum: 08.12.2010", DAY),
    ("de", "Veröffentlicht: 08.12.2010 | Lesezeit: 3 Min.", DAY),
    ("de", "vor 2 Stunden", None),
    ("de", "Ausgabe 49/2010", None),
    ("de", "© 2010 Zeitungsverlag GmbH", None),
    ("de", "Heute, 14:05 Uhr", None),
    # French
    ("fr", "Publié le 8 décembre 2010 à 14h05", AT),
    ("fr", "Publié le 08/12/2010 à 14:05", AT),
    ("fr", "mercredi 8 décembre 2010", DAY),
    ("fr", "Le 08/12/2010 à 14h05, mis à jour le 09/12/2010 à 10h00", AT),
    ("fr", "8 déc. 2010 à 14:05", AT),
    ("fr", "Mis en ligne le 8 décembre 2010 à 14h05", AT),
    ("fr", "il y a 2 heures", None),
    ("fr", "N° 49 - décembre 2010", None),
    # Spanish
    ("es", "Publicado el 8 de diciembre de 2010 a las 14:05", AT),
    ("es", "08/12/2010 14:05", AT),
    ("es", "Miércoles, 8 de diciembre de 2010", DAY),
    ("es", "8 dic 2010", DAY),
    ("es", "08 de diciembre de 2010, 14:05", AT),
    ("es", "Actualizado: 08/12/2010 14:05 h", AT),
    ("es", "hace 2 horas", None),
    # Portuguese, Brazil
    ("pt-BR", "Publicado em 08/12/2010 às 14h05", AT),
    ("pt-BR", "08/12/2010 14h05 - Atualizado em 08/12/2010 16h30", AT),
    ("pt-BR", "quarta-feira, 8 de dezembro de 2010", DAY),
    ("pt-BR", "8 de dezembro de 2010 às 14:05", AT),
    ("pt-BR", "há 2 horas", None),
    # Portuguese, Portugal
    ("pt-PT", "8 dez 2010, 14:05", AT),
    ("pt-PT", "Publicado a 8 de dezembro de 2010 às 14:05", AT),
    ("pt-PT", "08 Dezembro 2010, 14:05", AT),
    ("pt-PT", "quarta-feira, 08 de dezembro de 2010", DAY),
    ("pt-PT", "há 2 horas", None),
    # Italian
    ("it", "Pubblicato il 08/12/2010 alle 14:05", AT),
    ("it", "8 dicembre 2010", DAY),
    ("it", "mercoledì 8 dicembre 2010 ore 14:05", AT),
    ("it", "08 dic 2010 - 14:05", AT),
    ("it", "8 Dicembre 2010 alle 14:05", AT),
    ("it", "2 ore fa", None),
    # Dutch
    ("nl", "Gepubliceerd op 8 december 2010 om 14:05", AT),
    ("nl", "woensdag 8 december 2010, 14:05", AT),
    ("nl", "08-12-10, 14:05", AT),
    ("nl", "8 dec 2010 14:05", AT),
    ("nl", "08 december 2010 14:05 Laatste update: 08 december 2010 16:30", AT),
    ("nl", "2 uur geleden", None),
    # Polish
    ("pl", "Opublikowano: 8 grudnia 2010, 14:05", AT),
    ("pl", "08.12.2010 14:05", AT),
    ("pl", "środa, 8 grudnia 2010", DAY),
    ("pl", "8 gru 2010, 14:05", AT),
    ("pl", "Data publikacji: 08.12.2010, godz. 14:05", AT),
    ("pl", "2 godziny temu", None),
    # Czech
    ("cs", "8. prosince 2010 14:05", AT),
    ("cs", "Publikováno: 08.12.2010 14:05", AT),
    ("cs", "středa 8. prosince 2010", DAY),
    ("cs", "8. 12. 2010 14:05", AT),
    ("cs", "8. prosince 2010 v 14:05", AT),
    ("cs", "před 2 hodinami", None),
    # Slovak
    ("sk", "8. decembra 2010 14:05", AT),
    ("sk", "Publikované: 8.12.2010 14:05", AT),
    ("sk", "streda 8. decembra 2010", DAY),
    ("sk", "08. 12. 2010 o 14:05", AT),
    ("sk", "8. dec. 2010, 14:05", AT),
    ("sk", "pred 2 hodinami", None),
    # Hungarian
    ("hu", "2010. december 8. 14:05", AT),
    ("hu", "2010. december 8., szerda 14:05", AT),
    ("hu", "2010.12.08. 14:05", AT),
    ("hu", "Közzétéve: 2010. dec. 8. 14:05", AT),
    ("hu", "2010. 12. 08. 14:05", AT),
    ("hu", "2 órája", None),
    # Romanian
    ("ro", "8 decembrie 2010, 14:05", AT),
    ("ro", "Publicat: miercuri, 8 decembrie 2010, 14:05", AT),
    ("ro", "08.12.2010 14:05", AT),
    ("ro", "8 dec. 2010", DAY),
    ("ro", "Publicat la 8 decembrie 2010 ora 14:05", AT),
    ("ro", "acum 2 ore", None),
    # Swedish
    ("sv", "Publicerad 8 december 2010 kl. 14.05", AT),
    ("sv", "8 dec 2010 kl 14:05", AT),
    ("sv", "2010-12-08 14:05", AT),
    ("sv", "Publicerad: onsdag 8 december 2010", DAY),
    ("sv", "onsdag 8 december 2010 14.05", AT),
    ("sv", "för 2 timmar sedan", None),
    # Danish
    ("da", "8. december 2010 kl. 14:05", AT),
    ("da", "Udgivet 08.12.2010 kl. 14.05", AT),
    ("da", "onsdag d. 8. december 2010", DAY),
    ("da", "8. dec. 2010 14.05", AT),
    ("da", "for 2 timer siden", None),
    # Norwegian
    ("no", "Publisert 08.12.2010 14:05", AT),
    ("no", "8. desember 2010 kl. 14.05", AT),
    ("no", "onsdag 8. desember 2010", DAY),
    ("no", "Publisert: 8. des. 2010 14:05", AT),
    ("no", "for 2 timer siden", None),
    # Finnish
    ("fi", "8. joulukuuta 2010 klo 14.05", AT),
    ("fi", "Julkaistu 8.12.2010 14:05", AT),
    ("fi", "keskiviikko 8.12.2010 klo 14.05", AT),
    ("fi", "8.12.2010 klo 14:05", AT),
    ("fi", "ke 8.12.2010 klo 14.05", AT),
    ("fi", "2 tuntia sitten", None),
    # Greek
    ("el", "8 Δεκεμβρίου 2010, 14:05", AT),
    ("el", "Τετάρτη, 8 Δεκεμβρίου 2010 14:05", AT),
    ("el", "08.12.2010 | 14:05", AT),
    ("el", "Δημοσιεύθηκε: 08/12/2010 14:05", AT),
    ("el", "08 Δεκ 2010 14:05", AT),
    ("el", "8 ΔΕΚΕΜΒΡΙΟΥ 2010", DAY),
    ("el", "πριν από 2 ώρες", None),
    # Turkish
    ("tr", "8 Aralık 2010 Çarşamba 14:05", AT),
    ("tr", "08.12.2010 14:05", AT),
    ("tr", "Yayınlanma: 08.12.2010 - 14:05", AT),
    ("tr", "08 Aralık 2010, 14:05", AT),
    ("tr", "8 Ara 2010", DAY),
    ("tr", "2 saat önce", None),
    # Russian
    ("ru", "08.12.2010 в 14:05", AT),
    ("ru", "8 декабря 2010, 14:05", AT),
    ("ru", "Опубликовано: 8 декабря 2010 г., 14:05", AT),
    ("ru", "8 декабря 2010 г.", DAY),
    ("ru", "среда, 8 декабря 2010", DAY),
    ("ru", "14:05, 8 декабря 2010", AT),
    ("ru", "08 дек 2010 14:05", AT),
    ("ru", "2 часа назад", None),
    ("ru", "№ 49 (2010)", None),
    # Ukrainian
    ("uk", "8 грудня 2010, 14:05", AT),
    ("uk", "08.12.2010 о 14:05", AT),
    ("uk", "Опубліковано: 8 грудня 2010 р. о 14:05", AT),
    ("uk", "середа, 8 грудня 2010", DAY),
    ("uk", "14:05, 8 грудня 2010", AT),
    ("uk", "2 години тому", None),
    # Bulgarian
    ("bg", "8 декември 2010, 14:05", AT),
    ("bg", "08.12.2010 14:05", AT),
    ("bg", "Публикувано: 08.12.2010 г., 14:05", AT),
    ("bg", "сряда, 8 декември 2010 г.", DAY),
    ("bg", "преди 2 часа", None),
    # Croatian and Serbian
    ("hr", "8. prosinca 2010. u 14:05", AT),
    ("hr", "Objavljeno: 08.12.2010. u 14:05", AT),
    ("hr", "srijeda, 8. prosinca 2010.", DAY),
    ("hr", "prije 2 sata", None),
    ("sr", "8. decembar 2010. 14:05", AT),
    ("sr", "08. 12. 2010. 14.05", AT),
    ("sr", "8. децембар 2010. у 14:05", AT),
    ("sr", "среда, 08. децембар 2010.", DAY),
    ("sr", "pre 2 sata", None),
    # Indonesian
    ("id", "Rabu, 08 Des 2010 14:05 WIB", AT),
    ("id", "Rabu, 8 Desember 2010 | 14:05 WIB", AT),
    ("id", "08/12/2010, 14:05 WIB", AT),
    ("id", "Diterbitkan 8 Desember 2010 pukul 14.05", AT),
    ("id", "8 Desember 2010", DAY),
    ("id", "2 jam yang lalu", None),
    # Vietnamese
    ("vi", "Ngày đăng: 08/12/2010 14:05", AT),
    ("vi", "Thứ tư, 8/12/2010, 14:05 (GMT+7)", AT),
    ("vi", "08/12/2010 14:05 GMT+7", AT),
    ("vi", "14:05 ngày 08/12/2010", AT),
    ("vi", "ngày 8 tháng 12 năm 2010", DAY),
    ("vi", "2 giờ trước", None),
    # Arabic
    ("ar", "الأربعاء 8 ديسمبر 2010 14:05", AT),
    ("ar", "نشر في: 8 ديسمبر 2010 - 14:05", AT),
    ("ar", "08/12/2010 14:05", AT),
    ("ar", "الأربعاء، 8 كانون الأول 2010", DAY),
    ("ar", "8 ديسمبر 2010 02:05 م", AT),
    ("ar", "منذ ساعتين", None),
    # Hebrew
    ("he", "08.12.2010 14:05", AT),
    ("he", "פורסם: 08.12.10, 14:05", AT),
    ("he", "8 בדצמבר 2010", DAY),
    ("he", "יום רביעי, 8 בדצמבר 2010, 14:05", AT),
    ("he", "לפני שעתיים", None),
    # Persian: 17 Azar 1389 is 8 December 2010
    ("fa", "۱۷ آذر ۱۳۸۹ - ۱۴:۰۵", AT),
    ("fa", "تاریخ انتشار: ۱۷ آذر ۱۳۸۹ ساعت ۱۴:۰۵", AT),
    ("fa", "چهارشنبه ۱۷ آذر ۱۳۸۹", DAY),
    ("fa", "۱۳۸۹/۰۹/۱۷", DAY),
    ("fa", "۸ دسامبر ۲۰۱۰", DAY),
    ("fa", "۲ ساعت پیش", None),
    # Hindi
    ("hi", "8 दिसंबर 2010, 14:05 IST", AT),
    ("hi", "प्रकाशित: 08 दिसंबर 2010, 02:05 PM (IST)", AT),
    ("hi", "बुधवार, 8 दिसंबर 2010", DAY),
    ("hi", "8 दिसम्बर 2010 02:05 अपराह्न", AT),
    ("hi", "2 घंटे पहले", None),
    # Japanese
    ("ja", "2010年12月8日 14時05分", AT),
    ("ja", "2010年12月8日(水) 14:05", AT),
    ("ja", "2010/12/08 14:05", AT),
    ("ja", "公開日：2010年12月8日", DAY),
    ("ja", "2010.12.08", DAY),
    ("ja", "平成22年12月8日", DAY),
    ("ja", "2時間前", None),
    # Korean
    ("ko", "입력 2010.12.08 14:05", AT),
    ("ko", "2010년 12월 8일 (수) 14:05", AT),
    ("ko", "기사입력 2010-12-08 오후 2:05", AT),
    ("ko", "2010. 12. 8. 14:05", AT),
    ("ko", "등록 2010.12.08 14:05 | 수정 2010.12.08 16:30", AT),
    ("ko", "2시간 전", None),
    # Chinese
    ("zh", "2010年12月08日 14:05", AT),
    ("zh", "发布时间：2010-12-08 14:05", AT),
    ("zh", "2010-12-08 14:05 来源：新华网", AT),
    ("zh", "2010年12月8日 星期三", DAY),
    ("zh", "發佈時間：2010/12/08 14:05", AT),
    ("zh", "2小时前", None),
]

# Abbreviated months, a language's own or one that is a word of another language ("out",
# "set", "ara", "des", "лист"), read between a day and a year on a page of their language
SURVEY += [
    ("pt-BR", "8 out 2011, 14:05", T(2011, 10, 8, 14, 5)),
    ("pt-BR", "8 set 2011", D(2011, 9, 8)),
    ("pt-PT", "8 ago. 2011", D(2011, 8, 8)),
    ("es", "8 ago. 2011", D(2011, 8, 8)),
    ("it", "8 mag 2011", D(2011, 5, 8)),
    ("it", "8 set 2011 alle 14:05", T(2011, 9, 8, 14, 5)),
    ("pl", "8 sie 2011", D(2011, 8, 8)),
    ("ro", "8 ian. 2011", D(2011, 1, 8)),
    ("ro", "8 iul 2011", D(2011, 7, 8)),
    ("no", "Publisert: 8. des. 2010 14:05", AT),
    ("nb", "8. des. 2010", DAY),
    ("id", "Rabu, 08 Des 2010 14:05 WIB", AT),
    ("id", "8 Agu 2011", D(2011, 8, 8)),
    ("tr", "8 Ara 2010", DAY),
    ("tr", "8 Haz 2011", D(2011, 6, 8)),
    ("tr", "08 ARA 2010 ÇARŞAMBA 14:05", AT),
    ("el", "8 Σεπτ 2011", D(2011, 9, 8)),
    ("el", "8 Φεβρ 2011", D(2011, 2, 8)),
    ("ru", "8 июн. 2011", D(2011, 6, 8)),
    ("ru", "8 мар. 2011", D(2011, 3, 8)),
    ("uk", "8 груд. 2010", DAY),
    ("uk", "8 лист. 2011, 14:05", T(2011, 11, 8, 14, 5)),
    ("uk", "8 квіт. 2011", D(2011, 4, 8)),
    ("bg", "8 ное 2011", D(2011, 11, 8)),
    ("bg", "8 сеп 2011", D(2011, 9, 8)),
    # Vietnamese: the month's word alone, as blogs print it
    ("vi", "8 Tháng 12, 2010", DAY),
    ("vi", "08 tháng 12 2010, 14:05", AT),
    ("vi", "Thứ Tư, 8 tháng 12, 2010 - 14:05", AT),
    ("vi", "Cập nhật lúc 14:05 ngày 8 tháng 12 năm 2010", AT),
    # ... and nowhere else: a tennis set, a pronoun
    ("en", "Top 5 set 2011 records", None),
    ("de", "Lesen Sie 8 Sie 2011", None),
    # a day-first date, a dot after its year, a time with a dot: not year, month, day
    ("sr", "08.12.2010. 14.05", AT),
    ("hr", "08.12.2010. u 14.05", AT),
    # a change's date first, then the publication's, each after its words
    ("de", "Aktualisiert: 09.12.2010 10:00 | Veröffentlicht: 08.12.2010 14:05", AT),
    ("de", "Aktualisiert am 09.12.2010. Veröffentlicht am 08.12.2010", DAY),
    ("en", "Updated 09.12.2010 10:00. Published 08.12.2010 14:05", AT),
    ("sv", "Uppdaterad 2010-12-09 kl 10.00 Publicerad 2010-12-08 kl 14.05", AT),
    ("ru", "Обновлено 09.12.2010 10:00. Опубликовано 08.12.2010 14:05", AT),
    ("ja", "更新日：2010年12月9日 投稿日：2010年12月8日", DAY),
    ("ko", "업데이트 2010.12.09 10:00 입력 2010.12.08 14:05", AT),
    ("zh", "更新時間：2010/12/09 10:00 發佈時間：2010/12/08 14:05", AT),
    ("fr", "Mis à jour le 09/12/2010 à 10h00 | Publié le 08/12/2010 à 14h05", AT),
    ("es", "Actualizado el 09/12/2010 a las 10:00 | Publicado el 08/12/2010 a las 14:05", AT),
    ("pt-BR", "Atualizado em 09/12/2010 10h00 | Publicado em 08/12/2010 14h05", AT),
    ("it", "Aggiornato il 09/12/2010 alle 10:00 - Pubblicato il 08/12/2010 alle 14:05", AT),
    ("pl", "Aktualizacja: 09.12.2010 10:00 Opublikowano: 08.12.2010 14:05", AT),
    ("ro", "Actualizat: 09.12.2010 10:00 Publicat: 08.12.2010 14:05", AT),
    ("hu", "Frissítve: 2010. december 9. 10:00 Közzétéve: 2010. december 8. 14:05", AT),
    ("cs", "Aktualizováno 9. 12. 2010 Publikováno 8. 12. 2010 14:05", AT),
    ("tr", "Güncelleme: 09.12.2010 10:00 Yayınlanma: 08.12.2010 14:05", AT),
    ("el", "Ενημερώθηκε: 09/12/2010 10:00 Δημοσιεύθηκε: 08/12/2010 14:05", AT),
    ("id", "Diperbarui 09 Des 2010, 10:00 WIB Diterbitkan 08 Des 2010, 14:05 WIB", AT),
    ("ar", "آخر تحديث: 09/12/2010 10:00 تاريخ النشر: 08/12/2010 14:05", AT),
    ("he", "עודכן: 09.12.10 10:00 פורסם: 08.12.10 14:05", AT),
    ("hi", "अपडेट: 09 दिसंबर 2010 10:00 प्रकाशित: 08 दिसंबर 2010 14:05", AT),
    # ... and a change's date alone, the words after it printing none
    ("de", "Zuletzt aktualisiert: 09.12.2010 (erschienen in Ausgabe 49/2010)", D(2010, 12, 9)),
    # a count after the date is no time (Joomla's "Zugriffe", "Hits")
    ("de", "Erstellt: 08. Dezember 2010 | Zugriffe: 1234", DAY),
    ("de", "Veröffentlicht: Mittwoch, 08. Dezember 2010 14:05 | Zugriffe: 1234", AT),
    ("en", "Published Dec 8, 2010 | Hits: 4567", DAY),
    ("de", "08.12.2010, 14:05 Uhr | 1234 Aufrufe", AT),
    # more lines with no date of the article
    ("de", "Dezember 2010", None),
    ("de", "KW 49/2010", None),
    ("de", "Heft 12/2010", None),
    ("de", "gestern, 14:05 Uhr", None),
    ("de", "Öffnungszeiten: Mo-Fr 08.00 - 14.05 Uhr", None),
    ("de", "Jahrgang 2010, Nr. 49", None),
    ("de", "Preis: 14.05 Euro", None),
    ("fr", "Publié aujourd'hui à 14h05", None),
    ("ru", "вчера в 14:05", None),
    ("ja", "12月8日 14時05分", None),
    ("zh", "12月8日 14:05", None),
    ("fa", "کد خبر: ۱۲۳۴۵۶", None),
]

# Scripts and forms read since: Burmese and Khmer (their digits and month names, Burmese
# year first with its words for year and day, Khmer with the words before each part),
# a weekday between an ISO day and its time, Hebrew's abbreviated months (a geresh, or an
# apostrophe for one), a month's name between slashes or dashes, Vietnamese months written
# out, abbreviated or month first
SURVEY += [
    ("my", "၈ ဒီဇင်ဘာ ၂၀၁၀", DAY),
    ("my", "ဒီဇင်ဘာ ၈၊ ၂၀၁၀", DAY),
    ("my", "၂၀၁၀ ခုနှစ် ဒီဇင်ဘာလ ၈ ရက်", DAY),
    ("my", "၈ ဒီဇင်ဘာ ၂၀၁၀ ၁၄:၀၅", AT),
    ("my", "၈ မေ ၂၀၁၁", D(2011, 5, 8)),
    ("km", "ថ្ងៃទី ៨ ខែធ្នូ ឆ្នាំ ២០១០", DAY),
    ("km", "ថ្ងៃពុធ ទី៨ ខែធ្នូ ឆ្នាំ២០១០ ម៉ោង ១៤:០៥", AT),
    ("km", "៨ ធ្នូ ២០១០", DAY),
    ("zh", "2010-12-08 星期三 14:05", AT),
    ("zh", "2010-12-08 周三 14:05", AT),
    ("en", "2010-12-08 (Wed) 2:05 pm", AT),
    ("he", "8 בדצמ׳ 2010", DAY),
    ("he", "8 בדצמ' 2010, 14:05", AT),
    ("he", "8 באוק׳ 2011", D(2011, 10, 8)),
    ("ar", "08/ديسمبر/2010", DAY),
    ("ar", "08-ديسمبر-2010 14:05", AT),
    ("en", "08-Dec-2010", DAY),
    ("vi", "Tháng Mười Hai 8, 2010", DAY),
    ("vi", "8 Tháng Mười Hai, 2010", DAY),
    ("vi", "Tháng 12 8, 2010", DAY),
    ("vi", "8 thg 12, 2010", DAY),
    ("vi", "08 Tháng Một 2011", D(2011, 1, 8)),
    ("vi", "Tháng Mười 8, 2010 lúc 14:05", T(2010, 10, 8, 14, 5)),
    # the months of more of the world's news languages
    ("sw", "8 Desemba 2010", DAY),
    ("az", "8 dekabr 2010, 14:05", AT),
    ("uz", "8 dekabr 2010", DAY),
    ("uz", "8 декабр 2010", DAY),
    ("kk", "8 желтоқсан 2010", DAY),
    ("ka", "8 დეკემბერი 2010", DAY),
    ("hy", "8 դեկտեմբերի 2010", DAY),
    ("af", "8 Desember 2010", DAY),
    ("af", "8 Julie 2011", D(2011, 7, 8)),
    ("ha", "8 Disamba 2010", DAY),
    ("si", "8 දෙසැම්බර් 2010", DAY),
    # ... a month that is a first name elsewhere only between a day and a year
    ("en", "Julie 8, 2010", None),
]

#: Where a page prints its date line: a paragraph of its own, or a span in the byline's box.
LAYOUTS = {
    "p": "<p>{line}</p>",
    "span": "<div class='meta'><span class='author'>Anna Example</span> <span>{line}</span></div>",
}


def _ids() -> list[str]:
    counts: dict[str, int] = {}
    ids = []
    for language, _, _ in SURVEY:
        counts[language] = counts.get(language, 0) + 1
        ids.append(f"{language}-{counts[language]}")
    return ids


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("language", "line", "expected"), SURVEY, ids=_ids())
def test_printed_date(language: str, line: str, expected: dt.date | None, layout: str) -> None:
    body = (
        "<article><h1>Headline of the article</h1>"
        + LAYOUTS[layout].format(line=line)
        + STORY
        + "</article>"
    )
    published = meta_of(body, lang=language).published
    if expected is None:
        assert published is None, (line, published)
        return
    assert published is not None, line
    day = published.date() if isinstance(published, dt.datetime) else published
    assert day == (expected.date() if isinstance(expected, dt.datetime) else expected), line
    if isinstance(expected, dt.datetime):
        assert isinstance(published, dt.datetime), (line, published)
        assert (published.hour, published.minute) == (expected.hour, expected.minute), line
