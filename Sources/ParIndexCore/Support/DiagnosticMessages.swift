/// The stable code of a kind of problem, written `domain.name` (for example
/// `submission.partExceedsWhole`). Programs match codes, never sentences; the sentences come from
/// ``DiagnosticCode/wording``. Every code is listed in <doc:Diagnostics>.
///
/// Domains: `file` and `batch` (reading files), `json` (syntax), `value` (a value of the wrong type
/// or outside its limits, in any file), `submission` (a submission against its framework),
/// `framework` (choosing the framework), `criteria` (reading a criteria file), `lint` (checking a
/// framework), `score` (warnings while scoring). A code is never renamed or reused for another
/// meaning; new codes may be added.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    /// A free text given by code that has no code of its own yet.
    case freeText = "message.text"

    /// The file does not exist.
    case fileNotFound = "file.notFound"
    /// The file exists but cannot be read.
    case fileUnreadable = "file.unreadable"
    /// The path names a folder where a file was expected.
    case fileIsFolder = "file.isFolder"
    /// The file is larger than ``DocumentLoader/maximumFileBytes``.
    case fileTooLarge = "file.tooLarge"
    /// A path given to a batch is neither a file nor a folder.
    case batchNoSuchPath = "batch.noSuchPath"
    /// Two files hold the same unit, framework and year: both are refused.
    case batchDuplicateUnit = "batch.duplicateUnit"
    /// `--prefer newer` was given but two files for the same unit are equally new: both are refused.
    case batchDuplicateSameAge = "batch.duplicateSameAge"
    /// A file left out by `--prefer newer`: a newer file holds the same unit, framework and year.
    case batchSupersededUnit = "batch.supersededUnit"
    /// A ranked unit has no result in the previous year's files (`--previous`), by id or lineage.
    case batchNoPreviousMatch = "batch.noPreviousMatch"
    /// A unit formed from several former units lacks the previous result of some of them.
    case batchLineageIncomplete = "batch.lineageIncomplete"
    /// A lineage entry lists no former unit.
    case batchLineageEmpty = "batch.lineageEmpty"
    /// A folder given to `validate` holds no `.json` file.
    case batchNoSubmissions = "batch.noSubmissions"
    /// A workbook found in a folder that is not a submission form (a warning): left out.
    case batchNotAForm = "batch.notAForm"

    /// The file starts with a UTF-16 byte-order mark.
    case jsonUTF16 = "json.utf16"
    /// The file contains NUL bytes (probably UTF-16 without a mark).
    case jsonNulByte = "json.nulByte"
    /// The file holds no JSON value.
    case jsonEmpty = "json.empty"
    /// Something follows the JSON value.
    case jsonTrailingData = "json.trailingData"
    /// The file ends where a value was expected.
    case jsonMissingValue = "json.missingValue"
    /// `NaN` or `Infinity`.
    case jsonNaNOrInfinity = "json.nanOrInfinity"
    /// A comment.
    case jsonComment = "json.comment"
    /// A character that cannot start a value.
    case jsonUnexpectedCharacter = "json.unexpectedCharacter"
    /// A misspelt `true`, `false` or `null`.
    case jsonInvalidLiteral = "json.invalidLiteral"
    /// The file ends inside an object.
    case jsonUnclosedObject = "json.unclosedObject"
    /// The file ends inside an array.
    case jsonUnclosedArray = "json.unclosedArray"
    /// The file ends inside a string.
    case jsonUnclosedString = "json.unclosedString"
    /// The file ends after a key.
    case jsonTruncatedAfterKey = "json.truncatedAfterKey"
    /// A comma before `}` or `]`.
    case jsonTrailingComma = "json.trailingComma"
    /// Something other than a quoted key in an object.
    case jsonExpectedKey = "json.expectedKey"
    /// A key given twice in one object.
    case jsonDuplicateKey = "json.duplicateKey"
    /// No `:` after a key.
    case jsonExpectedColon = "json.expectedColon"
    /// Neither `,` nor `}` after a member.
    case jsonExpectedCommaOrBrace = "json.expectedCommaOrBrace"
    /// Neither `,` nor `]` after an element.
    case jsonExpectedCommaOrBracket = "json.expectedCommaOrBracket"
    /// Arrays and objects nested deeper than `JSONParser.maximumDepth`.
    case jsonTooDeep = "json.tooDeep"
    /// A `-` without digits.
    case jsonInvalidNumber = "json.invalidNumber"
    /// A number with a leading zero.
    case jsonLeadingZero = "json.leadingZero"
    /// A decimal point without digits after it.
    case jsonDigitAfterPoint = "json.digitAfterPoint"
    /// An exponent without digits.
    case jsonDigitInExponent = "json.digitInExponent"
    /// A number of more than `JSONParser.maximumNumberCharacters` characters.
    case jsonNumberTooLong = "json.numberTooLong"
    /// A raw control character in a string.
    case jsonControlCharacter = "json.controlCharacter"
    /// A string longer than `JSONParser.maximumStringBytes`.
    case jsonStringTooLong = "json.stringTooLong"
    /// Bytes that are not UTF-8.
    case jsonInvalidUTF8 = "json.invalidUTF8"
    /// `\u` without four hex digits.
    case jsonBadUnicodeEscape = "json.badUnicodeEscape"
    /// A high surrogate escape without its low half.
    case jsonIncompleteSurrogate = "json.incompleteSurrogate"
    /// A low surrogate escape on its own.
    case jsonLoneSurrogate = "json.loneSurrogate"
    /// A backslash followed by a letter JSON does not know.
    case jsonInvalidEscape = "json.invalidEscape"
    /// A number with a decimal comma, `41830,5`.
    case jsonCommaDecimal = "json.commaDecimal"
    /// A number followed by a percent sign, words or separators, `96,5%`, `950 hồ sơ`.
    case jsonTypedNumber = "json.typedNumber"
    /// A quote from a word processor (“ ” ‘ ’) where JSON needs `"`.
    case jsonTypographicQuote = "json.typographicQuote"

    /// Something other than an object where an object is needed.
    case valueExpectedObject = "value.expectedObject"
    /// Something other than an array where an array is needed.
    case valueExpectedArray = "value.expectedArray"
    /// Something other than a string where a string is needed.
    case valueExpectedString = "value.expectedString"
    /// Something other than a string or `{ "vi", "en" }` where a text is needed.
    case valueExpectedText = "value.expectedText"
    /// Something other than a number where a number is needed.
    case valueExpectedNumber = "value.expectedNumber"
    /// Something other than `true` or `false` where a boolean is needed.
    case valueExpectedBoolean = "value.expectedBoolean"
    /// Something other than a string where a date is needed.
    case valueExpectedDate = "value.expectedDate"
    /// A key the object does not take.
    case valueUnknownKey = "value.unknownKey"
    /// A required key is missing.
    case valueMissingKey = "value.missingKey"
    /// An empty or blank string.
    case valueEmptyString = "value.emptyString"
    /// A string longer than its limit.
    case valueTooLong = "value.tooLong"
    /// An id with characters other than letters, digits, `.`, `_`, `-`.
    case valueInvalidID = "value.invalidID"
    /// A number written as a string.
    case valueNumericString = "value.numericString"
    /// A number with more than ``ExactDecimal/fractionDigits`` decimals.
    case valueTooManyDecimals = "value.tooManyDecimals"
    /// A number outside its allowed range.
    case valueOutOfRange = "value.outOfRange"
    /// A number beyond ``ExactDecimal/maximumMagnitude``.
    case valueBeyondLimit = "value.beyondLimit"
    /// A number with a fraction where a whole number is needed.
    case valueNotWhole = "value.notWhole"
    /// A string that is not a date `YYYY-MM-DD`.
    case valueInvalidDate = "value.invalidDate"
    /// An empty list where one item at least is needed.
    case valueEmptyList = "value.emptyList"
    /// A string that is not one of the values a key takes.
    case valueInvalidChoice = "value.invalidChoice"

    /// The submission names a framework the catalog does not have.
    case frameworkUnknown = "framework.unknown"
    /// The submission names a framework, and the catalog has none at all.
    case frameworkNoneAvailable = "framework.noneAvailable"

    /// The submission's format version is newer than this tool reads.
    case submissionNewerFormat = "submission.newerFormat"
    /// The year is outside the years of the framework.
    case submissionYearOutsideFramework = "submission.yearOutsideFramework"
    /// The unit kind is not one the framework applies to.
    case submissionUnknownUnitKind = "submission.unknownUnitKind"
    /// A fact the framework does not declare.
    case submissionUnknownFact = "submission.unknownFact"
    /// A negative count.
    case submissionNegativeCount = "submission.negativeCount"
    /// A date outside the window around the evaluated year.
    case submissionDateOutsideWindow = "submission.dateOutsideWindow"
    /// An answer that is not one of the fact's options.
    case submissionInvalidAnswer = "submission.invalidAnswer"
    /// A metric's numerator is larger than its denominator.
    case submissionPartExceedsWhole = "submission.partExceedsWhole"
    /// A document the leaf does not ask for.
    case submissionUnknownDocument = "submission.unknownDocument"
    /// A document given for a leaf that asks for none.
    case submissionLeafTakesNoDocuments = "submission.leafTakesNoDocuments"
    /// Points outside 0 and the leaf's maximum.
    case submissionPointsOutOfRange = "submission.pointsOutOfRange"
    /// Direct points for a leaf scored by a rule.
    case submissionDirectNotAllowed = "submission.directNotAllowed"
    /// A leaf both declared not applicable and corrected by the appraisal.
    case submissionNotApplicableAndAppraised = "submission.notApplicableAndAppraised"
    /// The id of a node with children where a leaf is needed.
    case submissionParentNode = "submission.parentNode"
    /// An id that is no leaf of the framework.
    case submissionUnknownLeaf = "submission.unknownLeaf"
    /// A fact's value typed as a person writes it, with what to write instead (``ValueHint``).
    case submissionFactValueHint = "submission.factValueHint"

    /// The criteria folder or file does not exist.
    case criteriaFolderNotFound = "criteria.folderNotFound"
    /// Two criteria files declare the same framework id.
    case criteriaDuplicateFrameworkID = "criteria.duplicateFrameworkID"
    /// The criteria file's format version is newer than this tool reads.
    case criteriaNewerFormat = "criteria.newerFormat"
    /// A unit kind this tool does not know.
    case criteriaUnknownUnitKind = "criteria.unknownUnitKind"
    /// The last year is before the first.
    case criteriaYearsReversed = "criteria.yearsReversed"
    /// A provenance status other than `official` or `adapted`.
    case criteriaInvalidStatus = "criteria.invalidStatus"
    /// A fact type this tool does not know.
    case criteriaUnknownFactType = "criteria.unknownFactType"
    /// `options` on a fact that is not an answer.
    case criteriaOptionsWithoutAnswer = "criteria.optionsWithoutAnswer"
    /// The tree of criteria is deeper than its limit.
    case criteriaTreeTooDeep = "criteria.treeTooDeep"
    /// A node id that is not dotted letters and digits.
    case criteriaInvalidNodeID = "criteria.invalidNodeID"
    /// A leaf that belongs to no component.
    case criteriaLeafWithoutComponent = "criteria.leafWithoutComponent"
    /// A node with both `children` and `rule`.
    case criteriaChildrenAndRule = "criteria.childrenAndRule"
    /// A node with neither `children` nor `rule`.
    case criteriaNeitherChildrenNorRule = "criteria.neitherChildrenNorRule"
    /// An empty list of children.
    case criteriaEmptyChildren = "criteria.emptyChildren"
    /// Documents on a node that is not a leaf.
    case criteriaDocumentsOnParent = "criteria.documentsOnParent"
    /// An adjustment section kind other than `bonus` or `penalty`.
    case criteriaInvalidAdjustmentKind = "criteria.invalidAdjustmentKind"
    /// A rule kind this tool does not know.
    case criteriaUnknownRuleKind = "criteria.unknownRuleKind"
    /// A tiers rule without exactly one of `metric` and `fact`.
    case criteriaTiersNeedOneSource = "criteria.tiersNeedOneSource"
    /// A count rule without exactly one of `total` and `required`.
    case criteriaCountNeedsOneTotal = "criteria.countNeedsOneTotal"
    /// An `incomplete` value that is not `zero`, `proportional` or a percent.
    case criteriaInvalidIncomplete = "criteria.invalidIncomplete"
    /// An empty list of tiers.
    case criteriaEmptyTiers = "criteria.emptyTiers"
    /// An empty list of deadline items.
    case criteriaEmptyDeadlineItems = "criteria.emptyDeadlineItems"
    /// `monthOfQuarter` without `quarter`.
    case criteriaMonthOfQuarterWithoutQuarter = "criteria.monthOfQuarterWithoutQuarter"
    /// A due date without exactly one of `month` and `quarter`.
    case criteriaDueNeedsMonthOrQuarter = "criteria.dueNeedsMonthOrQuarter"
    /// A day the month does not have.
    case criteriaNoSuchDay = "criteria.noSuchDay"

    /// A plan or progress file of a newer format version.
    case planNewerFormat = "plan.newerFormat"
    /// A plan given where a progress file is expected, or the other way round.
    case planWrongKind = "plan.wrongKind"
    /// Two sections, tasks or occurrences with the same id.
    case planDuplicateID = "plan.duplicateID"
    /// A due date on a day its month does not have.
    case planNoSuchDay = "plan.noSuchDay"

    /// An issuer profile that lists more recipients than a page holds.
    case issuerTooManyRecipients = "issuer.tooManyRecipients"
    /// A due date written with both or neither of `month` and `quarter`.
    case planDueNeedsMonthOrQuarter = "plan.dueNeedsMonthOrQuarter"
    /// A progress file names a task the plan does not have.
    case progressUnknownTask = "progress.unknownTask"
    /// A status that is not one of the statuses.
    case progressUnknownStatus = "progress.unknownStatus"
    /// A reporting period that is not one of the periods.
    case progressUnknownPeriod = "progress.unknownPeriod"
    /// An occurrence the task does not have.
    case progressUnknownOccurrence = "progress.unknownOccurrence"
    /// Occurrences reported for a task that does not recur.
    case progressNotRecurring = "progress.notRecurring"
    /// A progress file for another unit or year than the plan's.
    case progressPlanMismatch = "progress.planMismatch"
    /// A task reported done without the date it was done.
    case progressDoneWithoutDate = "progress.doneWithoutDate"
    /// A task reported cancelled without the decision that cancelled it.
    case progressCancelledWithoutDecision = "progress.cancelledWithoutDecision"
    /// A date after the reporting date of the file.
    case progressAfterReportingDate = "progress.afterReportingDate"
    /// A progress file in a folder with no plan of its unit and year.
    case progressNoPlan = "progress.noPlan"
    /// A framework's plan measure of an unknown kind.
    case criteriaUnknownPlanMeasure = "criteria.unknownPlanMeasure"
    /// A fact's `fromRecords` names a figure that `par-score kpi` does not count, or the fact is not a count.
    case criteriaUnknownRecordFigure = "criteria.unknownRecordFigure"

    /// Two facts with the same id.
    case lintDuplicateFactID = "lint.duplicateFactID"
    /// Two metrics with the same id.
    case lintDuplicateMetricID = "lint.duplicateMetricID"
    /// Two components with the same id.
    case lintDuplicateComponentID = "lint.duplicateComponentID"
    /// Two bands with the same id.
    case lintDuplicateBandID = "lint.duplicateBandID"
    /// Two nodes (or adjustment sections and items) with the same id.
    case lintDuplicateNodeID = "lint.duplicateNodeID"
    /// Two documents of a leaf with the same id.
    case lintDuplicateDocumentID = "lint.duplicateDocumentID"
    /// A metric names a fact that is not declared.
    case lintMetricUndeclaredFact = "lint.metricUndeclaredFact"
    /// A metric names a fact that is not a count or an amount.
    case lintMetricFactType = "lint.metricFactType"
    /// A node's maximum differs from the sum of its children's.
    case lintChildrenSumDiffers = "lint.childrenSumDiffers"
    /// A rule reads a fact that is not declared.
    case lintUndeclaredFact = "lint.undeclaredFact"
    /// A rule reads a fact of the wrong type.
    case lintFactType = "lint.factType"
    /// A rule names a fact where a metric is needed.
    case lintFactNotMetric = "lint.factNotMetric"
    /// A rule reads a metric that is not declared.
    case lintUndeclaredMetric = "lint.undeclaredMetric"
    /// A leaf belongs to a component that is not declared.
    case lintUndeclaredComponent = "lint.undeclaredComponent"
    /// An evidence leaf lists no documents.
    case lintEvidenceWithoutDocuments = "lint.evidenceWithoutDocuments"
    /// Proportional evidence with one document (a warning).
    case lintProportionalWithOneDocument = "lint.proportionalWithOneDocument"
    /// An answer of a fact that an ordinal rule gives no percent.
    case lintAnswerWithoutPercent = "lint.answerWithoutPercent"
    /// An ordinal option that is not an answer of the fact.
    case lintNotAnAnswer = "lint.notAnAnswer"
    /// A tier gives more points than the leaf's maximum.
    case lintTierAboveMaximum = "lint.tierAboveMaximum"
    /// A tier that contains no value.
    case lintEmptyTier = "lint.emptyTier"
    /// No tier earns the leaf's maximum (a warning).
    case lintNoTierEarnsMaximum = "lint.noTierEarnsMaximum"
    /// The tiers do not start at 0.
    case lintTierGapFromZero = "lint.tierGapFromZero"
    /// A tier starts below 0.
    case lintTierBelowZero = "lint.tierBelowZero"
    /// A tier without an upper bound is followed by another.
    case lintOpenTierOverlaps = "lint.openTierOverlaps"
    /// Two tiers overlap.
    case lintTiersOverlap = "lint.tiersOverlap"
    /// Two tiers leave a gap between them.
    case lintTierGap = "lint.tierGap"
    /// The tiers stop before 100 % (or before ∞ for a fact).
    case lintTiersStopShort = "lint.tiersStopShort"
    /// A component's maximum differs from the sum of its leaves'.
    case lintComponentSumDiffers = "lint.componentSumDiffers"
    /// Two bands start at the same value.
    case lintBandsSameStart = "lint.bandsSameStart"
    /// The lowest band does not start at 0 inclusive.
    case lintBandsDoNotCoverZero = "lint.bandsDoNotCoverZero"
    /// An adjustment item reads a fact that is not declared.
    case lintItemUndeclaredFact = "lint.itemUndeclaredFact"
    /// An adjustment item reads a fact that is not a count.
    case lintItemNeedsCountFact = "lint.itemNeedsCountFact"
    /// A fact no rule reads (a warning).
    case lintUnusedFact = "lint.unusedFact"

    /// A leaf scored 0 because facts are missing (a warning).
    case scoreMissingData = "score.missingData"
    /// A fact filled from records under another definition than the framework expects (a warning).
    case scoreFactFromOtherDefinition = "score.factFromOtherDefinition"
    /// A leaf lacks evidence documents (a warning).
    case scoreMissingEvidence = "score.missingEvidence"
    /// A survey leaf's respondents are fewer than the sample its method asks for (a warning).
    case scoreSmallSample = "score.smallSample"
    /// Two answers of a survey rule with the same text.
    case lintSurveyDuplicateAnswer = "lint.surveyDuplicateAnswer"
    /// Two answers of a survey rule counted by the same fact.
    case lintSurveyCountReused = "lint.surveyCountReused"
}

/// The wording of a ``DiagnosticCode`` in both languages.
///
/// Templates name their arguments in braces: `{leaf}` puts the argument as it is, `{key:quoted}`
/// puts it as a JSON string (in double quotes, with escapes), for values copied from a file.
public struct DiagnosticWording: Sendable, Hashable {
    /// The names of the arguments the templates use.
    public var arguments: [String]
    /// The Vietnamese template.
    public var vi: String
    /// The English template.
    public var en: String

    /// The template in `language`.
    public func template(_ language: Language) -> String {
        language == .vi ? vi : en
    }
}

extension DiagnosticCode {
    /// The Vietnamese and English wording of this code.
    public var wording: DiagnosticWording { DiagnosticMessages.wording(self) }
}

/// The one table of the wording of every diagnostic, and its rendering.
enum DiagnosticMessages {
    // swift-format-ignore
    /// The wording of `code`: argument names, Vietnamese template, English template.
    static func wording(_ code: DiagnosticCode) -> DiagnosticWording {
        let (arguments, vi, en): ([String], String, String)
        switch code {
        case .freeText: (arguments, vi, en) = (["text"], "{text}", "{text}")

        case .fileNotFound: (arguments, vi, en) = ([], "không tìm thấy tệp", "no such file")
        case .fileUnreadable: (arguments, vi, en) = ([], "không đọc được tệp", "cannot read the file")
        case .fileIsFolder: (arguments, vi, en) = ([], "đây là thư mục, không phải tệp", "this is a folder, not a file")
        case .fileTooLarge:
            (arguments, vi, en) = (
                ["bytes", "limit"], "tệp lớn {bytes} byte, vượt giới hạn {limit} byte", "the file has {bytes} bytes, more than the limit of {limit}"
            )
        case .batchNoSuchPath: (arguments, vi, en) = ([], "không tìm thấy tệp hoặc thư mục", "no such file or folder")
        case .batchNotAForm:
            (arguments, vi, en) = (
                [], "bỏ qua: bảng tính này không phải biểu mẫu kê khai (không có trang \"Đơn vị\")",
                "left out: this workbook is not a submission form (no \"Unit\" sheet)"
            )
        case .batchDuplicateUnit:
            (arguments, vi, en) = (
                ["unit", "year", "framework", "other"],
                "đơn vị {unit:quoted} năm {year} (bộ tiêu chí {framework:quoted}) cũng có trong tệp {other}: một đơn vị không được xếp hạng hai lần, nên cả hai tệp bị loại; hãy bỏ một tệp, hoặc chạy lại với --prefer newer để giữ tệp mới hơn",
                "unit {unit:quoted}, year {year} (framework {framework:quoted}) is also in {other}: a unit is never ranked twice, so both files are refused; remove one, or run again with --prefer newer to keep the newer file"
            )
        case .batchDuplicateSameAge:
            (arguments, vi, en) = (
                ["unit", "year", "other"],
                "đơn vị {unit:quoted} năm {year} cũng có trong tệp {other}, sửa đổi cùng thời điểm: không biết tệp nào mới hơn, nên cả hai tệp bị loại; hãy bỏ một tệp",
                "unit {unit:quoted}, year {year} is also in {other}, modified at the same time: neither is newer, so both files are refused; remove one"
            )
        case .batchSupersededUnit:
            (arguments, vi, en) = (
                ["unit", "year", "newer"], "không xếp hạng tệp này: tệp {newer} của cùng đơn vị {unit:quoted} năm {year} mới hơn (--prefer newer)",
                "not ranked: {newer}, for the same unit {unit:quoted} and year {year}, is newer (--prefer newer)"
            )
        case .batchNoPreviousMatch:
            (arguments, vi, en) = (
                ["unit"],
                "đơn vị {unit:quoted} không có kết quả năm trước trong --previous: không so sánh được; nếu mã đơn vị đã đổi (đổi tên, hợp nhất, chia tách), hãy khai báo trong tệp --lineage",
                "unit {unit:quoted} has no result in --previous: no change is shown; if its id changed (renamed, merged, split), list it in a --lineage file"
            )
        case .batchLineageIncomplete:
            (arguments, vi, en) = (
                ["unit", "missing"],
                "đơn vị {unit:quoted} được hình thành từ nhiều đơn vị, nhưng --previous thiếu kết quả của {missing}: không so sánh được",
                "unit {unit:quoted} was formed from several units, but --previous has no result for {missing}: no change is shown"
            )
        case .batchLineageEmpty: (arguments, vi, en) = ([], "cần ít nhất một mã đơn vị cũ trong \"from\"", "\"from\" needs at least one former unit id")
        case .batchNoSubmissions:
            (arguments, vi, en) = ([], "thư mục không có tệp bản kê khai .json nào", "the folder holds no .json submission")

        case .jsonUTF16: (arguments, vi, en) = ([], "tệp được lưu ở dạng UTF-16; hãy lưu lại ở dạng UTF-8", "the file is saved as UTF-16; save it as UTF-8")
        case .jsonNulByte:
            (arguments, vi, en) = ([], "tệp có byte NUL (có thể là UTF-16); hãy lưu lại ở dạng UTF-8", "the file contains NUL bytes (UTF-16?); save it as UTF-8")
        case .jsonEmpty: (arguments, vi, en) = ([], "tệp rỗng: không có dữ liệu JSON", "the file is empty: no JSON value")
        case .jsonTrailingData: (arguments, vi, en) = ([], "còn dữ liệu thừa sau giá trị JSON", "unexpected data after the JSON value")
        case .jsonMissingValue: (arguments, vi, en) = ([], "JSON bị cắt cụt: thiếu giá trị", "truncated JSON: a value is missing")
        case .jsonNaNOrInfinity: (arguments, vi, en) = ([], "NaN và Infinity không phải là số JSON hợp lệ", "NaN and Infinity are not valid JSON numbers")
        case .jsonComment: (arguments, vi, en) = ([], "JSON không cho phép chú thích", "JSON does not allow comments")
        case .jsonUnexpectedCharacter:
            (arguments, vi, en) = (["found"], "ký tự không mong đợi {found} ở chỗ cần một giá trị", "unexpected character {found} where a value was expected")
        case .jsonInvalidLiteral: (arguments, vi, en) = (["expected"], "giá trị không hợp lệ (cần {expected})", "invalid literal (expected {expected})")
        case .jsonUnclosedObject: (arguments, vi, en) = ([], "JSON bị cắt cụt: đối tượng chưa đóng", "truncated JSON: an object is not closed")
        case .jsonUnclosedArray: (arguments, vi, en) = ([], "JSON bị cắt cụt: mảng chưa đóng", "truncated JSON: an array is not closed")
        case .jsonUnclosedString: (arguments, vi, en) = ([], "JSON bị cắt cụt: chuỗi chưa đóng", "truncated JSON: a string is not closed")
        case .jsonTruncatedAfterKey: (arguments, vi, en) = ([], "JSON bị cắt cụt sau một khóa", "truncated JSON after a key")
        case .jsonTrailingComma: (arguments, vi, en) = (["bracket"], "dấu phẩy thừa trước {bracket}", "trailing comma before {bracket}")
        case .jsonExpectedKey:
            (arguments, vi, en) = (["found"], "cần một khóa trong dấu ngoặc kép, gặp {found}", "expected a key in double quotes, found {found}")
        case .jsonDuplicateKey: (arguments, vi, en) = (["key"], "khóa {key:quoted} bị lặp lại", "duplicate key {key:quoted}")
        case .jsonExpectedColon: (arguments, vi, en) = ([], "cần dấu : sau khóa", "expected : after a key")
        case .jsonExpectedCommaOrBrace:
            (arguments, vi, en) = (["found"], "cần dấu , hoặc } sau một giá trị, gặp {found}", "expected , or } after a value, found {found}")
        case .jsonExpectedCommaOrBracket:
            (arguments, vi, en) = (["found"], "cần dấu , hoặc ] sau một phần tử, gặp {found}", "expected , or ] after an element, found {found}")
        case .jsonTooDeep: (arguments, vi, en) = (["limit"], "lồng nhau quá {limit} cấp", "nested deeper than {limit} levels")
        case .jsonInvalidNumber: (arguments, vi, en) = ([], "số không hợp lệ", "invalid number")
        case .jsonLeadingZero: (arguments, vi, en) = ([], "số không được bắt đầu bằng 0", "a number may not start with a leading 0")
        case .jsonDigitAfterPoint: (arguments, vi, en) = ([], "cần chữ số sau dấu chấm thập phân", "expected a digit after the decimal point")
        case .jsonDigitInExponent: (arguments, vi, en) = ([], "cần chữ số trong phần mũ", "expected a digit in the exponent")
        case .jsonNumberTooLong: (arguments, vi, en) = (["limit"], "số quá dài (hơn {limit} ký tự)", "number too long (more than {limit} characters)")
        case .jsonControlCharacter:
            (arguments, vi, en) = (
                ["character"], "ký tự điều khiển {character} phải được viết dạng thoát trong chuỗi", "control character {character} must be escaped in a string"
            )
        case .jsonStringTooLong: (arguments, vi, en) = (["limit"], "chuỗi quá dài (hơn {limit} byte)", "string too long (more than {limit} bytes)")
        case .jsonInvalidUTF8: (arguments, vi, en) = ([], "chuỗi không phải UTF-8 hợp lệ", "the string is not valid UTF-8")
        case .jsonBadUnicodeEscape: (arguments, vi, en) = ([], "\\u cần 4 chữ số hex", "\\u needs 4 hex digits")
        case .jsonIncompleteSurrogate: (arguments, vi, en) = ([], "cặp thay thế UTF-16 không đầy đủ", "incomplete UTF-16 surrogate pair")
        case .jsonLoneSurrogate: (arguments, vi, en) = ([], "ký tự thay thế UTF-16 đơn lẻ", "lone UTF-16 surrogate")
        case .jsonInvalidEscape: (arguments, vi, en) = ([], "chuỗi thoát không hợp lệ", "invalid escape sequence")
        case .jsonCommaDecimal:
            (arguments, vi, en) = (
                ["raw", "suggestion"], "dùng dấu chấm thập phân: {suggestion} (JSON không nhận dấu phẩy thập phân, gặp {raw})",
                "use a decimal point: {suggestion} (JSON takes no decimal comma; found {raw})"
            )
        case .jsonTypedNumber:
            (arguments, vi, en) = (
                ["raw"], "số {raw} viết sai: trong JSON chỉ viết chữ số và dấu chấm thập phân, không có %, chữ hay dấu phân cách hàng nghìn",
                "the number {raw} is mistyped: JSON takes digits and a decimal point only, no %, words or thousands separators"
            )
        case .jsonTypographicQuote:
            (arguments, vi, en) = (
                ["quote"],
                "dấu ngoặc kiểu Word {quote} ở đây (thường do dán từ Word); JSON chỉ nhận dấu ngoặc kép thẳng \": thay mọi dấu “ ” ‘ ’ quanh khóa và giá trị bằng \" (hoặc soạn tệp bằng Notepad)",
                "a word processor's quote {quote} here (pasted from Word?); JSON takes straight double quotes \" only: replace every “ ” ‘ ’ around keys and values with \" (or edit the file in a plain text editor)"
            )

        case .valueExpectedObject:
            (arguments, vi, en) = (["value", "type"], "cần một đối tượng {…}, nhưng gặp {value} ({type})", "expected an object {…}, found {value} ({type})")
        case .valueExpectedArray:
            (arguments, vi, en) = (["value", "type"], "cần một mảng […], nhưng gặp {value} ({type})", "expected an array […], found {value} ({type})")
        case .valueExpectedString: (arguments, vi, en) = (["value", "type"], "cần một chuỗi, nhưng gặp {value} ({type})", "expected a string, found {value} ({type})")
        case .valueExpectedText:
            (arguments, vi, en) = (
                ["value", "type"], "cần một chuỗi hoặc {\"vi\", \"en\"}, nhưng gặp {value} ({type})", "expected a string or {\"vi\", \"en\"}, found {value} ({type})"
            )
        case .valueExpectedNumber: (arguments, vi, en) = (["value", "type"], "cần một số, nhưng gặp {value} ({type})", "expected a number, found {value} ({type})")
        case .valueExpectedBoolean:
            (arguments, vi, en) = (["value", "type"], "cần true hoặc false, nhưng gặp {value} ({type})", "expected true or false, found {value} ({type})")
        case .valueExpectedDate:
            (arguments, vi, en) = (
                ["value", "type"], "cần một ngày dạng \"YYYY-MM-DD\", nhưng gặp {value} ({type})", "expected a date \"YYYY-MM-DD\", found {value} ({type})"
            )
        case .valueUnknownKey:
            (arguments, vi, en) = (
                ["key", "known"], "khóa không được hỗ trợ {key:quoted} (các khóa hợp lệ: {known})", "unknown key {key:quoted} (known keys: {known})"
            )
        case .valueMissingKey: (arguments, vi, en) = (["key"], "thiếu khóa bắt buộc {key:quoted}", "missing required key {key:quoted}")
        case .valueEmptyString: (arguments, vi, en) = ([], "chuỗi rỗng", "empty string")
        case .valueTooLong:
            (arguments, vi, en) = (["length", "limit"], "chuỗi dài {length} ký tự, tối đa {limit}", "string of {length} characters, at most {limit} allowed")
        case .valueInvalidID:
            (arguments, vi, en) = (
                ["value"], "mã {value:quoted} không hợp lệ (chỉ gồm chữ, số, '.', '_', '-')", "invalid id {value:quoted} (letters, digits, '.', '_' and '-' only)"
            )
        case .valueNumericString:
            (arguments, vi, en) = (
                ["value"],
                "cần một số, nhưng gặp chuỗi {value:quoted}; hãy viết số không có dấu ngoặc kép, dùng dấu chấm thập phân",
                "expected a number, found the string {value:quoted}; write the number without quotes, with a decimal point"
            )
        case .valueTooManyDecimals:
            (arguments, vi, en) = (["value", "decimals"], "số {value} có hơn {decimals} chữ số thập phân", "the number {value} has more than {decimals} decimals")
        case .valueOutOfRange:
            (arguments, vi, en) = (
                ["value", "low", "high"], "{value} nằm ngoài khoảng cho phép [{low}, {high}]", "{value} is outside the allowed range [{low}, {high}]"
            )
        case .valueBeyondLimit: (arguments, vi, en) = (["value", "limit"], "số {value} vượt quá giới hạn {limit}", "the number {value} is beyond the limit of {limit}")
        case .valueNotWhole: (arguments, vi, en) = (["value"], "cần một số nguyên, nhưng gặp {value}", "expected a whole number, found {value}")
        case .valueInvalidDate:
            (arguments, vi, en) = (
                ["value"], "{value:quoted} không phải là ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2020-12-31)",
                "{value:quoted} is not a valid date YYYY-MM-DD (for example 2020-12-31)"
            )
        case .valueEmptyList: (arguments, vi, en) = ([], "danh sách rỗng", "empty list")
        case .valueInvalidChoice: (arguments, vi, en) = (["value"], "giá trị không hợp lệ {value:quoted}", "invalid value {value:quoted}")

        case .frameworkUnknown:
            (arguments, vi, en) = (
                ["id", "available", "suggestion"], "không có bộ tiêu chí {id:quoted}{suggestion} (hiện có: {available})",
                "unknown framework {id:quoted}{suggestion} (available: {available})"
            )
        case .frameworkNoneAvailable:
            (arguments, vi, en) = (["id"], "không có bộ tiêu chí {id:quoted} (hiện có: không có)", "unknown framework {id:quoted} (available: none)")

        case .submissionNewerFormat:
            (arguments, vi, en) = (
                ["version", "supported"],
                "bản kê khai dùng định dạng phiên bản {version}, mới hơn phiên bản {supported} mà công cụ này đọc được; hãy cập nhật par-score",
                "the submission uses format version {version}, newer than version {supported} that this tool reads; update par-score"
            )
        case .submissionYearOutsideFramework:
            (arguments, vi, en) = (
                ["year", "framework", "first", "last"],
                "năm {year} nằm ngoài thời gian áp dụng của bộ tiêu chí {framework} ({first}–{last})",
                "year {year} is outside the years of framework {framework} ({first}–{last})"
            )
        case .submissionUnknownUnitKind:
            (arguments, vi, en) = (
                ["kind", "framework", "expected"],
                "loại đơn vị {kind:quoted} không thuộc bộ tiêu chí {framework} (cần: {expected})",
                "unit kind {kind:quoted} is not one the framework {framework} applies to (expected: {expected})"
            )
        case .submissionUnknownFact:
            (arguments, vi, en) = (
                ["fact", "framework", "suggestion"], "dữ kiện không có trong bộ tiêu chí {framework}: {fact:quoted}{suggestion}",
                "unknown fact {fact:quoted}: the framework {framework} does not declare it{suggestion}"
            )
        case .submissionNegativeCount: (arguments, vi, en) = (["value"], "số lượng không được âm: {value}", "a count cannot be negative: {value}")
        case .submissionDateOutsideWindow:
            (arguments, vi, en) = (
                ["date", "from", "to", "year"], "ngày {date} nằm ngoài khoảng {from} – {to} của năm đánh giá {year}",
                "the date {date} is outside {from} – {to} around the evaluated year {year}"
            )
        case .submissionInvalidAnswer:
            (arguments, vi, en) = (
                ["answer", "options"], "câu trả lời {answer:quoted} không hợp lệ (cần một trong: {options})", "answer {answer:quoted} is not one of: {options}"
            )
        case .submissionPartExceedsWhole:
            (arguments, vi, en) = (
                ["part", "partFacts", "whole", "wholeFacts", "metric"],
                "{part} lớn hơn {wholeFacts} ({whole}): phần không thể lớn hơn tổng ({metric}: {partFacts} / {wholeFacts})",
                "{part} is more than {wholeFacts} ({whole}): a part cannot exceed its whole ({metric})"
            )
        case .submissionUnknownDocument:
            (arguments, vi, en) = (
                ["leaf", "document", "known", "suggestion"], "tiêu chí {leaf} không yêu cầu tài liệu {document:quoted}{suggestion} (tài liệu yêu cầu: {known})",
                "leaf {leaf} asks for no document {document:quoted}{suggestion} (documents asked for: {known})"
            )
        case .submissionLeafTakesNoDocuments:
            (arguments, vi, en) = (
                ["leaf", "document"], "tiêu chí {leaf} không yêu cầu tài liệu {document:quoted}", "leaf {leaf} asks for no document {document:quoted}"
            )
        case .submissionPointsOutOfRange:
            (arguments, vi, en) = (
                ["points", "max", "leaf"], "{points} điểm nằm ngoài khoảng 0 – {max} (điểm tối đa của tiêu chí {leaf})",
                "{points} points is outside 0 – {max} (the maximum of leaf {leaf})"
            )
        case .submissionDirectNotAllowed:
            (arguments, vi, en) = (
                ["leaf", "rule"], "tiêu chí {leaf} được chấm theo quy tắc {rule}, không nhận điểm trực tiếp",
                "leaf {leaf} is scored by its {rule} rule and takes no direct points"
            )
        case .submissionNotApplicableAndAppraised:
            (arguments, vi, en) = (
                ["leaf"], "tiêu chí {leaf} vừa được khai là không áp dụng vừa được hội đồng thẩm định chấm lại",
                "leaf {leaf} is both declared not applicable and corrected by the appraisal council"
            )
        case .submissionParentNode:
            (arguments, vi, en) = (
                ["id"], "{id:quoted} là tiêu chí có tiêu chí con; hãy dùng mã tiêu chí thành phần", "{id:quoted} is a parent node; use the id of a leaf sub-criterion"
            )
        case .submissionFactValueHint:
            (arguments, vi, en) = (["title", "fact", "hint"], "{title} ({fact}): {hint}", "{title} ({fact}): {hint}")
        case .submissionUnknownLeaf:
            (arguments, vi, en) = (
                ["id", "framework", "suggestion"], "không có tiêu chí thành phần {id:quoted} trong bộ tiêu chí {framework}{suggestion}",
                "unknown sub-criterion id {id:quoted}: framework {framework} has no such leaf{suggestion}"
            )

        case .criteriaFolderNotFound: (arguments, vi, en) = ([], "không tìm thấy thư mục tiêu chí", "criteria folder not found")
        case .criteriaDuplicateFrameworkID:
            (arguments, vi, en) = (["id", "other"], "mã bộ tiêu chí {id:quoted} trùng với {other}", "framework id {id:quoted} is also used by {other}")
        case .criteriaNewerFormat:
            (arguments, vi, en) = (
                ["version", "supported"],
                "tệp tiêu chí dùng định dạng phiên bản {version}, mới hơn phiên bản {supported} mà công cụ này đọc được; hãy cập nhật par-score",
                "the criteria file uses format version {version}, newer than version {supported} that this tool reads; update par-score"
            )
        case .criteriaUnknownUnitKind:
            (arguments, vi, en) = (
                ["kind", "expected"], "loại đơn vị không hợp lệ {kind:quoted} (cần một trong: {expected})", "unknown unit kind {kind:quoted} (expected one of: {expected})"
            )
        case .criteriaYearsReversed: (arguments, vi, en) = (["from", "to"], "năm kết thúc {to} trước năm bắt đầu {from}", "the last year {to} is before the first year {from}")
        case .criteriaInvalidStatus:
            (arguments, vi, en) = (
                ["status"], "trạng thái {status:quoted} không hợp lệ (cần official hoặc adapted)", "status {status:quoted} is not official or adapted"
            )
        case .criteriaUnknownFactType:
            (arguments, vi, en) = (
                ["type", "expected"], "kiểu dữ liệu không hợp lệ {type:quoted} (cần một trong: {expected})", "unknown fact type {type:quoted} (expected one of: {expected})"
            )
        case .criteriaOptionsWithoutAnswer: (arguments, vi, en) = ([], "chỉ dữ kiện kiểu answer mới có options", "only answer facts have options")
        case .criteriaTreeTooDeep: (arguments, vi, en) = (["limit"], "cây tiêu chí sâu quá {limit} cấp", "the criteria tree is deeper than {limit} levels")
        case .criteriaInvalidNodeID:
            (arguments, vi, en) = (["id"], "mã tiêu chí {id:quoted} không hợp lệ (ví dụ 1.2.3)", "invalid node id {id:quoted} (for example 1.2.3)")
        case .criteriaLeafWithoutComponent:
            (arguments, vi, en) = (
                [], "tiêu chí thành phần không thuộc thành phần điểm nào (thêm \"component\" ở nút này hoặc nút cha)",
                "the leaf belongs to no component (add \"component\" here or on a parent)"
            )
        case .criteriaChildrenAndRule:
            (arguments, vi, en) = ([], "một nút không thể có cả \"children\" và \"rule\"", "a node cannot have both \"children\" and \"rule\"")
        case .criteriaNeitherChildrenNorRule:
            (arguments, vi, en) = ([], "nút cần \"children\" (tiêu chí con) hoặc \"rule\" (cách chấm)", "a node needs \"children\" or a \"rule\"")
        case .criteriaEmptyChildren: (arguments, vi, en) = ([], "danh sách tiêu chí con rỗng", "empty list of children")
        case .criteriaDocumentsOnParent:
            (arguments, vi, en) = ([], "chỉ tiêu chí thành phần (có \"rule\") mới có tài liệu kiểm chứng", "only leaves (with a \"rule\") ask for documents")
        case .criteriaInvalidAdjustmentKind:
            (arguments, vi, en) = (["kind"], "loại {kind:quoted} không hợp lệ (cần bonus hoặc penalty)", "kind {kind:quoted} is not bonus or penalty")
        case .criteriaUnknownRuleKind:
            (arguments, vi, en) = (
                ["kind", "expected"], "loại quy tắc không được hỗ trợ {kind:quoted} (cần một trong: {expected})",
                "unknown rule kind {kind:quoted} (expected one of: {expected})"
            )
        case .criteriaTiersNeedOneSource:
            (arguments, vi, en) = ([], "quy tắc tiers cần đúng một trong \"metric\" hoặc \"fact\"", "a tiers rule needs exactly one of \"metric\" or \"fact\"")
        case .criteriaCountNeedsOneTotal:
            (arguments, vi, en) = ([], "quy tắc count cần đúng một trong \"total\" hoặc \"required\"", "a count rule needs exactly one of \"total\" or \"required\"")
        case .criteriaInvalidIncomplete:
            (arguments, vi, en) = (
                ["value"], "giá trị không hợp lệ {value:quoted} (cần zero, proportional hoặc {\"percent\": …})",
                "invalid value {value:quoted} (expected zero, proportional or {\"percent\": …})"
            )
        case .criteriaEmptyTiers: (arguments, vi, en) = ([], "danh sách bậc rỗng", "empty list of tiers")
        case .criteriaEmptyDeadlineItems: (arguments, vi, en) = ([], "danh sách hạn rỗng", "empty list of deadline items")
        case .criteriaMonthOfQuarterWithoutQuarter: (arguments, vi, en) = ([], "monthOfQuarter chỉ dùng cùng quarter", "monthOfQuarter goes with quarter only")
        case .criteriaDueNeedsMonthOrQuarter:
            (arguments, vi, en) = ([], "hạn cần đúng một trong \"month\" hoặc \"quarter\"", "a due date needs exactly one of \"month\" or \"quarter\"")
        case .criteriaNoSuchDay: (arguments, vi, en) = (["month", "day"], "tháng {month} không có ngày {day}", "month {month} has no day {day}")

        case .planNewerFormat:
            (arguments, vi, en) = (
                ["version", "supported"], "tệp dùng định dạng phiên bản {version}, công cụ này chỉ đọc tới phiên bản {supported}",
                "the file uses format version {version}; this tool reads up to version {supported}"
            )
        case .planWrongKind:
            (arguments, vi, en) = (
                ["expected", "found"], "cần tệp loại {expected:quoted}, nhưng tệp này là {found:quoted}", "expected a {expected:quoted} file, found {found:quoted}"
            )
        case .planDuplicateID: (arguments, vi, en) = (["id"], "mã {id:quoted} bị trùng", "duplicate id {id:quoted}")
        case .planNoSuchDay: (arguments, vi, en) = (["month", "day"], "tháng {month} không có ngày {day}", "month {month} has no day {day}")

        case .issuerTooManyRecipients:
            (arguments, vi, en) = (
                ["count", "limit"], "có {count} nơi nhận, tối đa {limit}; gộp bớt (ví dụ \"Các sở, ban, ngành\")",
                "{count} recipients, at most {limit}; group some (for example \"The provincial departments\")"
            )
        case .planDueNeedsMonthOrQuarter:
            (arguments, vi, en) = (
                [], "hạn cần đúng một trong hai khóa \"month\" hoặc \"quarter\"", "a due date needs exactly one of \"month\" or \"quarter\""
            )
        case .progressUnknownTask:
            (arguments, vi, en) = (
                ["task", "plan"], "kế hoạch {plan} không có nhiệm vụ {task:quoted}", "the plan {plan} has no task {task:quoted}"
            )
        case .progressUnknownStatus:
            (arguments, vi, en) = (
                ["status", "known"], "trạng thái không hợp lệ {status:quoted} (dùng một trong: {known})",
                "unknown status {status:quoted} (expected one of: {known})"
            )
        case .progressUnknownPeriod:
            (arguments, vi, en) = (
                ["period", "known"], "kỳ báo cáo không hợp lệ {period:quoted} (dùng một trong: {known})",
                "unknown reporting period {period:quoted} (expected one of: {known})"
            )
        case .progressUnknownOccurrence:
            (arguments, vi, en) = (
                ["occurrence", "task", "known"], "nhiệm vụ {task} không có kỳ {occurrence:quoted} (có: {known})",
                "task {task} has no occurrence {occurrence:quoted} (known: {known})"
            )
        case .progressNotRecurring:
            (arguments, vi, en) = (
                ["task"], "nhiệm vụ {task} không lặp lại theo kỳ: bỏ khóa \"occurrences\"", "task {task} does not recur: remove \"occurrences\""
            )
        case .progressPlanMismatch:
            (arguments, vi, en) = (
                ["unit", "year", "planUnit", "planYear"], "báo cáo tiến độ của {unit} năm {year}, nhưng kế hoạch là của {planUnit} năm {planYear}",
                "the progress report is for {unit} in {year}, but the plan is for {planUnit} in {planYear}"
            )
        case .progressDoneWithoutDate:
            (arguments, vi, en) = (
                ["task"], "nhiệm vụ {task} đã hoàn thành nhưng thiếu ngày hoàn thành \"doneOn\"", "task {task} is done but has no \"doneOn\" date"
            )
        case .progressCancelledWithoutDecision:
            (arguments, vi, en) = (
                ["task"], "nhiệm vụ {task} bị hủy bỏ nhưng thiếu quyết định \"decision\"", "task {task} is cancelled but names no \"decision\""
            )
        case .progressAfterReportingDate:
            (arguments, vi, en) = (
                ["date", "asOf"], "ngày {date} sau ngày báo cáo {asOf}", "the date {date} is after the reporting date {asOf}"
            )
        case .progressNoPlan:
            (arguments, vi, en) = (
                ["unit", "year"], "không có kế hoạch của đơn vị {unit:quoted} năm {year} cho báo cáo tiến độ này",
                "no plan of unit {unit:quoted} for {year} to match this progress report"
            )
        case .criteriaUnknownRecordFigure:
            (arguments, vi, en) = (
                ["figure", "expected"], "số liệu từ hồ sơ không hợp lệ {figure:quoted} (dữ kiện phải có kiểu count; dùng một trong: {expected})",
                "unknown record figure {figure:quoted} (the fact must be a count; expected one of: {expected})"
            )
        case .criteriaUnknownPlanMeasure:
            (arguments, vi, en) = (
                ["measure", "expected"], "loại số đo kế hoạch không hợp lệ {measure:quoted} (dùng một trong: {expected})",
                "unknown plan measure {measure:quoted} (expected one of: {expected})"
            )

        case .lintDuplicateFactID: (arguments, vi, en) = (["id"], "mã dữ kiện \"{id}\" bị trùng", "duplicate fact id \"{id}\"")
        case .lintDuplicateMetricID: (arguments, vi, en) = (["id"], "mã chỉ số \"{id}\" bị trùng", "duplicate metric id \"{id}\"")
        case .lintDuplicateComponentID: (arguments, vi, en) = (["id"], "mã thành phần \"{id}\" bị trùng", "duplicate component id \"{id}\"")
        case .lintDuplicateBandID: (arguments, vi, en) = (["id"], "mã xếp loại \"{id}\" bị trùng", "duplicate band id \"{id}\"")
        case .lintDuplicateNodeID: (arguments, vi, en) = (["id"], "mã tiêu chí \"{id}\" bị trùng", "duplicate node id \"{id}\"")
        case .lintDuplicateDocumentID: (arguments, vi, en) = (["id"], "mã tài liệu \"{id}\" bị trùng", "duplicate document id \"{id}\"")
        case .lintMetricUndeclaredFact:
            (arguments, vi, en) = (["metric", "fact"], "chỉ số \"{metric}\" dùng dữ kiện chưa khai báo \"{fact}\"", "metric \"{metric}\" names the undeclared fact \"{fact}\"")
        case .lintMetricFactType:
            (arguments, vi, en) = (
                ["metric", "fact", "type"], "chỉ số \"{metric}\" cần dữ kiện kiểu count hoặc amount, \"{fact}\" là {type}",
                "metric \"{metric}\" needs count or amount facts; \"{fact}\" is {type}"
            )
        case .lintChildrenSumDiffers:
            (arguments, vi, en) = (
                ["node", "max", "sum", "children"],
                "tiêu chí {node}: điểm tối đa {max} khác tổng điểm tối đa của các tiêu chí con {sum} ({children})",
                "node {node}: max {max} differs from the sum of its children's maxima {sum} ({children})"
            )
        case .lintUndeclaredFact:
            (arguments, vi, en) = (["leaf", "fact"], "tiêu chí {leaf} dùng dữ kiện chưa khai báo \"{fact}\"", "leaf {leaf} reads the undeclared fact \"{fact}\"")
        case .lintFactType:
            (arguments, vi, en) = (
                ["leaf", "expected", "fact", "type"], "tiêu chí {leaf} cần dữ kiện kiểu {expected}, \"{fact}\" là {type}",
                "leaf {leaf} needs a {expected} fact; \"{fact}\" is {type}"
            )
        case .lintFactNotMetric:
            (arguments, vi, en) = (["id"], "\"{id}\" là dữ kiện, không phải chỉ số; dùng \"fact\"", "\"{id}\" is a fact, not a metric; use \"fact\"")
        case .lintUndeclaredMetric:
            (arguments, vi, en) = (["leaf", "metric"], "tiêu chí {leaf} dùng chỉ số chưa khai báo \"{metric}\"", "leaf {leaf} reads the undeclared metric \"{metric}\"")
        case .lintUndeclaredComponent:
            (arguments, vi, en) = (
                ["leaf", "component"], "tiêu chí {leaf} thuộc thành phần chưa khai báo \"{component}\"",
                "leaf {leaf} belongs to the undeclared component \"{component}\""
            )
        case .lintEvidenceWithoutDocuments:
            (arguments, vi, en) = (
                ["leaf"], "tiêu chí {leaf} chấm theo tài liệu kiểm chứng nhưng không nêu tài liệu nào", "leaf {leaf} is scored on evidence but lists no documents"
            )
        case .lintProportionalWithOneDocument:
            (arguments, vi, en) = (
                ["leaf"], "tiêu chí {leaf} chỉ có một tài liệu: tính theo tỷ lệ không có ý nghĩa", "leaf {leaf} has one document: proportional makes no difference"
            )
        case .lintAnswerWithoutPercent:
            (arguments, vi, en) = (
                ["leaf", "answer", "fact"], "tiêu chí {leaf}: câu trả lời \"{answer}\" của \"{fact}\" chưa được gán điểm",
                "leaf {leaf}: answer \"{answer}\" of \"{fact}\" has no percent"
            )
        case .lintNotAnAnswer:
            (arguments, vi, en) = (
                ["leaf", "answer", "fact"], "tiêu chí {leaf}: \"{answer}\" không phải là câu trả lời của \"{fact}\"",
                "leaf {leaf}: \"{answer}\" is not an answer of \"{fact}\""
            )
        case .lintTierAboveMaximum:
            (arguments, vi, en) = (
                ["leaf", "points", "max"], "tiêu chí {leaf}: bậc cho {points} điểm, hơn điểm tối đa {max}",
                "leaf {leaf}: a tier gives {points} points, more than the maximum {max}"
            )
        case .lintEmptyTier:
            (arguments, vi, en) = (
                ["leaf", "lower", "upper"], "tiêu chí {leaf}: bậc rỗng (cận dưới {lower}, cận trên {upper})",
                "leaf {leaf}: an empty tier (lower {lower}, upper {upper})"
            )
        case .lintNoTierEarnsMaximum:
            (arguments, vi, en) = (["leaf", "max"], "tiêu chí {leaf}: không bậc nào đạt điểm tối đa {max}", "leaf {leaf}: no tier earns the maximum {max}")
        case .lintTierGapFromZero:
            (arguments, vi, en) = (
                ["leaf", "to"], "tiêu chí {leaf}: các bậc bỏ trống khoảng từ 0 đến {to}", "leaf {leaf}: the tiers leave a gap from 0 to {to}"
            )
        case .lintTierBelowZero: (arguments, vi, en) = (["leaf"], "tiêu chí {leaf}: bậc bắt đầu dưới 0", "leaf {leaf}: a tier starts below 0")
        case .lintOpenTierOverlaps:
            (arguments, vi, en) = (
                ["leaf", "from", "next"], "tiêu chí {leaf}: bậc từ {from} không có cận trên nên chồng lên bậc từ {next}",
                "leaf {leaf}: the open tier from {from} overlaps the tier from {next}"
            )
        case .lintTiersOverlap:
            (arguments, vi, en) = (
                ["leaf", "at", "upper", "lower"], "tiêu chí {leaf}: các bậc chồng lên nhau tại {at} (bậc tới {upper} và bậc từ {lower})",
                "leaf {leaf}: tiers overlap at {at} (one up to {upper}, one from {lower})"
            )
        case .lintTierGap:
            (arguments, vi, en) = (
                ["leaf", "from", "to"], "tiêu chí {leaf}: các bậc bỏ trống khoảng giữa {from} và {to}",
                "leaf {leaf}: the tiers leave a gap between {from} and {to}"
            )
        case .lintTiersStopShort:
            (arguments, vi, en) = (
                ["leaf", "upper", "end"], "tiêu chí {leaf}: các bậc dừng ở {upper}, chưa phủ tới {end}",
                "leaf {leaf}: the tiers stop at {upper} and do not reach {end}"
            )
        case .lintComponentSumDiffers:
            (arguments, vi, en) = (
                ["component", "max", "sum"], "thành phần \"{component}\": điểm tối đa {max} khác tổng điểm tối đa các tiêu chí thành phần của nó {sum}",
                "component \"{component}\": max {max} differs from the sum of its leaves' maxima {sum}"
            )
        case .lintBandsSameStart: (arguments, vi, en) = (["lower"], "hai xếp loại cùng bắt đầu từ {lower}", "two bands start at {lower}")
        case .lintBandsDoNotCoverZero:
            (arguments, vi, en) = (
                ["lower"], "các xếp loại không phủ khoảng từ 0 đến {lower}: xếp loại thấp nhất phải bắt đầu từ 0 (gồm 0)",
                "the bands do not cover 0 to {lower}: the lowest band must start at 0 (inclusive)"
            )
        case .lintItemUndeclaredFact:
            (arguments, vi, en) = (["item", "fact"], "mục {item} dùng dữ kiện chưa khai báo \"{fact}\"", "item {item} reads the undeclared fact \"{fact}\"")
        case .lintItemNeedsCountFact: (arguments, vi, en) = (["item"], "mục {item} cần dữ kiện kiểu count", "item {item} needs a count fact")
        case .lintUnusedFact: (arguments, vi, en) = (["fact"], "dữ kiện \"{fact}\" không được quy tắc nào dùng", "fact \"{fact}\" is read by no rule")

        case .scoreFactFromOtherDefinition:
            (arguments, vi, en) = (
                ["fact", "definition", "expected"], "dữ kiện {fact} được tính từ hồ sơ theo cách tính {definition}, bộ tiêu chí cần {expected}",
                "fact {fact} was computed from records under definition {definition}; the framework expects {expected}"
            )
        case .scoreMissingData:
            (arguments, vi, en) = (
                ["leaf", "facts", "title", "lost"], "tiêu chí {leaf}{title}: thiếu dữ kiện {facts}{lost}", "leaf {leaf}{title}: missing {facts}{lost}"
            )
        case .scoreMissingEvidence:
            (arguments, vi, en) = (["leaf", "documents"], "tiêu chí {leaf} thiếu tài liệu kiểm chứng: {documents}", "leaf {leaf} lacks evidence: {documents}")
        case .scoreSmallSample:
            (arguments, vi, en) = (
                ["leaf", "respondents", "required", "population", "margin"],
                "tiêu chí {leaf}: cỡ mẫu khảo sát {respondents} nhỏ hơn mức cần thiết {required} (N = {population}, e = {margin} %; n = N ÷ (1 + N·e²)), kết quả cần được xem xét",
                "leaf {leaf}: survey sample of {respondents} is below the {required} required (N = {population}, e = {margin} %; n = N ÷ (1 + N·e²))"
            )
        case .lintSurveyDuplicateAnswer:
            (arguments, vi, en) = (
                ["leaf", "answer"], "tiêu chí {leaf}: câu trả lời \"{answer}\" khai báo hai lần", "leaf {leaf}: answer \"{answer}\" is declared twice"
            )
        case .lintSurveyCountReused:
            (arguments, vi, en) = (
                ["leaf", "fact"], "tiêu chí {leaf}: dữ kiện \"{fact}\" đếm hai câu trả lời", "leaf {leaf}: fact \"{fact}\" counts two answers"
            )
        }
        return DiagnosticWording(arguments: arguments, vi: vi, en: en)
    }

    /// `code`'s template in `language` with its placeholders replaced by `arguments`. A
    /// placeholder without an argument is left as it is, so that a mistake shows.
    static func render(_ code: DiagnosticCode, _ arguments: [String: DiagnosticArgument], _ language: Language) -> String {
        let template = wording(code).template(language)
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                let (name, quoted) = placeholder(rest[afterOpen..<close]),
                let argument = arguments[name]
            else {
                out.append("{")
                rest = rest[afterOpen...]
                continue
            }
            let value = argument.text(language)
            out += quoted ? JSONWriter.quoted(value) : value
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The name and style of a placeholder's inside (`leaf`, `key:quoted`), or `nil` when the
    /// braces hold something else (JSON such as `{"percent": …}`).
    static func placeholder(_ inside: Substring) -> (name: String, quoted: Bool)? {
        var name = inside
        var quoted = false
        if name.hasSuffix(":quoted") {
            name = name.dropLast(":quoted".count)
            quoted = true
        }
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first),
            name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { return nil }
        return (String(name), quoted)
    }

    /// The names of the placeholders of a template, in order.
    static func placeholders(_ template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            if let (name, _) = placeholder(rest[afterOpen..<close]) {
                names.append(name)
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return names
    }
}
