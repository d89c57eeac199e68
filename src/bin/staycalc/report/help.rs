//! `staycalc report --help`.

/// `staycalc report --help`.
pub(crate) const HELP: &str = "\
staycalc report: a team's stays, one line per person, checked on a date

Usage:
  staycalc report --on DATE [--rule ID | --window N --max M [--per-entry E]]
                  [--format text|csv|json] [--warn-below N]
                  [--fail-on warning|passport|check_rows|overstay] [--encoding E] FILE
  staycalc report --on DATE --nationality XX[,YY] [...] FILE     (by zone, see below)

Options (before or after FILE):
  --on DATE         the check date (\"today\"): the day the counts are for
  --rule ID         the rule for rows with no rule of their own (`staycalc rules` lists them);
                    needed unless FILE has a rule column filled on every row
  --window N --max M [--per-entry E]
                    instead of --rule: your own rule, at most M days in any N-day window
                    (and at most E days per entry), for rows with no rule of their own
  --format F        text (default, for people), csv (for spreadsheets) or json (an array)
  --warn-below N    status \"warning\" when fewer than N days remain (default 10)
  --fail-on S       exit with code 1 when anyone's status is S or worse, from the mildest:
                    (no_rule_known, by zone), warning, planned_overstay, passport,
                    check_rows, past_overstay, overstay
  --encoding E      the file's encoding: auto (default: UTF-8, or Windows-1251 when the file
                    is not UTF-8, said once), utf-8 or windows-1251
  --nationality XX[,YY]
                    by zone: the nationality (ISO codes, a dual national's each) of people
                    whose rows give none; not with --rule
  -h, --help        this help

FILE is a CSV or TSV file of stays, one stay per row, or - for standard input; or an
Excel or OpenDocument workbook (.xlsx, .xls, .ods): the first sheet with such a header in
its first 20 rows, date cells taken as the days they store, rows named by the sheet's numbers:
  person,department,entry,exit,planned
  \"Berg, Ana\",Sales,2025-01-10,2025-01-24,no
  Ben Ode,Legal,01.07.2025,20.07.2025,yes
The header names the columns, in any order and letter case:
  person    also read from name, employee, traveller, traveler, ФИО, Сотрудник, Работник,
            Имя, Аты-жөні, Қызметкер, Аты
  entry     also read from entry date, arrival, arrival date, from, Въезд, Дата въезда,
            Прибытие, Дата прибытия, Келу, Келу күні, Келген күні, Кіру, Кіру күні
  exit      also read from exit date, departure, departure date, to, Выезд, Дата выезда,
            Убытие, Дата убытия, Отъезд, Кету, Кету күні, Кеткен күні, Шығу, Шығу күні
            (empty, or words saying the stay goes on: present, now, по н.в.,
            по настоящее время, қазіргі уақытқа дейін: no exit yet)
  rule      optional: a rule id for the row, any letter case (empty: --rule); also Правило,
            Ереже
  planned   optional: yes/no, true/false, 1/0, да/нет, иә/жоқ (empty: no); also
            Планируется, Запланировано, Жоспарланған
  passport expiry
            optional: the last day the person's passport is valid, a date as the stays';
            also passport expiry date, passport expires, passport expiration (date),
            passport valid until, Срок действия паспорта, Паспорт действителен до, Паспорт
            до, Дата окончания паспорта, Төлқұжаттың жарамдылық мерзімі, Төлқұжат
            жарамдылық мерзімі, Төлқұжат мерзімі, Төлқұжат жарамды
  passport issued
            optional: the day it was issued; also passport issue date, passport date of
            issue, passport issued on, Дата выдачи паспорта, Паспорт выдан, Төлқұжаттың
            берілген күні, Төлқұжат берілген күні, Төлқұжат берілген
            A person has one passport: give the same dates on each of their rows, or on one
            and leave the others empty; a row with other dates is a bad row naming both, and
            the person is check_rows with the passport not checked. (A column named just
            passport, usually the number, is carried.)
  visa from, visa until, visa entries, visa days
            optional, all four together: the person's short-stay visa as its sticker reads,
            FROM and UNTIL (dates as the stays'), NUMBER OF ENTRIES (1, 01, 2, 02 or MULT;
            also M, multiple, однократная, двукратная, многократная, бір рет, екі рет, көп
            рет) and DURATION OF STAY (1 to 90: 15, or 15 days, 15 дней, 15 күн).
            Also read from visa valid from, visa start (date), Виза с, Виза действительна с,
            Начало визы, Виза басталуы, Визаның басталу күні; visa valid until, visa to, visa
            end (date), visa expiry, Виза по, Виза до, Виза действительна до, Окончание визы,
            Виза аяқталуы, Визаның аяқталу күні; visa number of entries, number of entries,
            Количество въездов, Кол-во въездов, Келу саны; visa duration of stay, duration of
            stay, Продолжительность пребывания, Дней по визе, Болу ұзақтығы (the entries and
            days names only beside a visa from or until column). A person has one visa in
            the file, as one passport: the same values on each of their rows or on one; a row
            with other values, a visa given in part, or an UNTIL before its FROM is a bad row
            naming the row, column and value, and the person is check_rows with the visa not
            checked (their stays still count). Zero entries, an unknown entries value, or a
            duration of 0 or over 90 makes the row a bad row.
Every other column (department, email, ...) is carried through to the report. A person's rows
need not be next to each other; someone with rows under two rules gets a line for each.
Separators , ; or tab; quoted fields as spreadsheets write them; UTF-8, with or without a
byte-order mark, or Windows-1251 (--encoding). Dates as YYYY-MM-DD, DD.MM.YYYY (dots: always day first), or with / or - in
the order the whole file shows: day first (DD/MM/YYYY) unless more of its dates read month
first only (03/15/2025); a date that conflicts with the file's order is a bad row naming an
example of it. The formats found are shown. Values past the header's columns must be empty.

For each person: days used in the window ending on the check date, days remaining (not the
longest stay), the latest exit staying on from the check date, the earliest date a full stay
may start, the first day over the limit (past or planned), the verdict on the next planned
trip (the first that starts after the check date, or is marked planned and not over), and a
status: ok, warning, planned_overstay (a planned trip over the limit), passport (the passport
fails the stay under way or a planned trip), check_rows (some of the person's rows could not
be read, and the others show no overstay up to the check date), past_overstay (over the limit
before the check date) or overstay (present and over it). With
--format json, an array of objects with person, the
carried columns, the fields of `staycalc check --format json` (except plan), next_planned (an
item of that plan, or null), stays and bad_lines. CSV output is safe to open in a
spreadsheet: a value starting with = + - @ or a tab is written with a leading '.

With a passport column, each person's passport is checked under the Schengen rule against
the Schengen Borders Code, Art. 6(1)(a) (Regulation (EU) 2016/399): valid at least 3 months
after the exit and issued within the 10 years before the entry, for the stay under way on
the check date and each planned trip (other rules have no sourced passport conditions: not
checked). A checked passport also bounds latest_exit, max_stay_days and
latest_exit_keeping_plans, as check does (an exit needs 3 months of validity after it). The
report gains passport_expiry, passport_issued, passport_check (ok, fails or not_checked),
passport_last_exit (the last exit it allows), the first trip it fails (passport_trip_entry, passport_trip_exit), the
conditions that fail (passport_problems: expires_too_soon, issued_too_long_ago), the date a
new passport is needed by (passport_needed_by) and passport_message in words; in JSON,
passport_failing is an object with entry, exit, problems (code, needed) and needed_by.
Without a passport column the report is as before.

With the visa columns, each person's visa is checked under the Schengen rule by the same
check as staycalc check --rule schengen --visa FROM..UNTIL,ENTRIES,DAYS: a stay whose entry
falls in FROM..UNTIL is on the visa, and must keep to its entries, its UNTIL and its duration
of stay (days before FROM within 180 days counted too: the stricter reading). A stay that
breaks it makes the status past_overstay (on or before the check date), planned_overstay
(after it) or overstay (present with no lawful day), and the visa bounds latest_exit,
max_stay_days and latest_exit_keeping_plans, as check does; a planned trip that breaks it is
never said to be fine. Under other rules (and other zones' lines by zone) it is not checked.
The report gains visa_from, visa_until, visa_entries, visa_days, visa_check (ok, fails,
no_visa_for_stay: a current or planned stay entered outside its dates, checked against the
rule alone; or not_checked), visa_sets_latest_exit (visa_entries, visa_until or visa_days when
the visa sets latest_exit), the first stay that breaks it (visa_stay_entry, visa_stay_exit,
visa_problem: entries, until or days, visa_first_unlawful_day) and visa_message in words; in
JSON, visa (from, until, entries, days), visa_failing (row, entry, exit, entry_number,
problem, first_unlawful_day) and visa_outside (row, entry). Without the visa columns the
report is as before.

By zone (--nationality, or a nationality column beside a country column, with neither
--rule nor a rule column): each row needs its country (an ISO code, FR or FRA, or a name in
English, Russian or Kazakh; also read from страна, ел, destination), and each person a
nationality (their nationality cell, also read from citizenship, гражданство, азаматтығы;
empty: --nationality; a dual national's codes separated by ; as US;IE, the same on each row).
Each person's stays are split by zone and date, as check --nationality splits them: the
Schengen area (each member from the date it joined: Bulgaria and Romania 2024-03-31, Croatia
2023-01-01), or one country (Cyprus always). Each zone is judged under the catalogue's rule for
the nationality there, or is no_limit (a citizen at home; EU, EEA and Swiss citizens) or
no_rule_known (days counted, no limit guessed; between warning and ok in urgency). One line
per person and zone (people in the order of their first row; each person's lines most urgent
first, zones of the same status in zone order), starting with zone (schengen, kz), zone_name, countries, nationality (the
one judged: a dual national's most favourable), days_present (zones with no rule) and why (in
csv and json); a zone with no rule and no day in the 180 before the check date is left out.
A row whose country or nationality cannot be read, or whose nationality differs from the
person's, is a bad row: the person's lines are check_rows. By zone, a passport is checked
on the Schengen area's line, against its stays, as with --rule schengen; the other zones'
lines say it is not checked (only the Schengen rule has sourced passport conditions); so is a
visa.

Rows that cannot be read are listed on standard error with their line, column and value; every
other row is still checked. A person with a bad row is never shown as ok: their status is
check_rows (their numbers from their other rows, empty when none could be read), or overstay
when the rows read show one; bad_lines lists the lines in csv and json.

Exit codes:
  0  the report was written, and no one reached the --fail-on status
  1  someone's status is the --fail-on status or worse (or the output could not be written)
  2  bad input: a bad option, rule or date, a header without person, entry and exit, or any
     row that could not be read; the report of the other rows is still written first
";
