using System.Reflection;

namespace AssetRegistry;

/// <summary>
/// The catalogue of refusals: every code the registry answers with — a problem's <c>code</c>, and a field's in its
/// <c>errors</c> — named once, with its HTTP status, a title and its sentence in Chinese (the default) and English.
/// docs/refusals.md lists them and is tested equal to this file.
/// </summary>
/// <remarks>
/// <para>To add a code: add one field here, in its section — <c>Entry("my-code", 409, ("标题", "Title"), "中文句子。", "English sentence.")</c>
/// — and throw it (<c>throw new Refusal(Refusals.MyCode, ("number", asset.Id))</c>) or add it to a field
/// (<c>errors.Add(field, Refusals.MyFieldCode)</c>). A sentence names the specifics of a case as <c>{name}</c>; both languages
/// name the same ones, and a value may itself be a <see cref="Sentence"/> (a state, an act) so that it reads in either
/// language. Then regenerate the list in docs/refusals.md: <c>ASSETREGISTRY_WRITE_REFUSALS=1 dotnet test tests/AssetRegistry.Tests --filter RefusalCatalogue</c>.</para>
/// <para>The Chinese is the registry's own (数据资产登记: 登记编号, 持有人, 被许可人, 注销, 异议, 查封, 公示, 核准, 补正, 续展);
/// a code never changes once published: clients match on it.</para>
/// </remarks>
public static class Refusals
{
    // ——— The request as HTTP: what any endpoint may answer ———

    public static readonly RefusalCode Refused = Entry("refused", 409, ("不予办理", "Refused"),
        "登记机构不予办理该请求。", "The registry refused the request.");

    public static readonly RefusalCode InvalidFields = Entry("invalid-fields", 400, ("请求字段有误", "The request has invalid fields"),
        "请求中有字段不符合要求，见 errors 所列各字段。", "The request has invalid fields; errors names each.");

    public static readonly RefusalCode InvalidField = Entry("invalid-field", 400, ("字段有误", "A field is invalid"),
        "请求中有一个字段不符合要求，见 errors。", "A field of the request is invalid; errors names it.");

    public static readonly RefusalCode MalformedJson = Entry("malformed-json", 400, ("请求体无法读取", "Malformed JSON"),
        "请求体不是本接口可读取的 JSON，见 errors。", "The request body is not JSON this endpoint can read; errors says where.");

    public static readonly RefusalCode InvalidText = Entry("invalid-text", 400, ("文本无法存储", "Text the registry cannot store"),
        "请求中有文本无法存储，见 errors。", "The request holds text the registry cannot store; errors names where.");

    public static readonly RefusalCode BadRequest = Entry("bad-request", 400, ("请求有误", "Bad request"),
        "请求无法解析。", "The request could not be read.");

    public static readonly RefusalCode Unauthenticated = Entry("unauthenticated", 401, ("未经认证", "Unauthenticated"),
        "该请求须附有效的令牌（Authorization: Bearer）。", "The request needs a valid token (Authorization: Bearer).");

    public static readonly RefusalCode TokenRoleNotSingle = Entry("token-role-not-single", 401, ("令牌被拒绝", "Token refused"),
        "令牌须恰好载明一个角色（声明“{claim}”，取值为 {roles} 之一）。", "The token must name exactly one role (claim '{claim}', one of {roles}).");

    public static readonly RefusalCode TokenAlgorithmRefused = Entry("token-algorithm-refused", 401, ("令牌签名算法不予接受", "Token algorithm refused"),
        "令牌须以非对称算法签名（{algorithms} 之一）；此令牌的算法为“{algorithm}”。",
        "The token must be signed with an asymmetric algorithm (one of {algorithms}); this one is '{algorithm}'.");

    public static readonly RefusalCode TokenIssuerUnknown = Entry("token-issuer-unknown", 401, ("令牌签发方不受信任", "Token issuer not trusted"),
        "令牌的签发方（iss）“{issuer}”不是本登记机构配置信任的身份提供方。",
        "The token's issuer (iss) '{issuer}' is not an identity provider the registry is configured to trust.");

    public static readonly RefusalCode TokenAudienceRefused = Entry("token-audience-refused", 401, ("令牌受众不符", "Token audience refused"),
        "令牌的受众（aud）须为 {audiences} 之一。", "The token's audience (aud) must be one of {audiences}.");

    public static readonly RefusalCode TokenSignatureInvalid = Entry("token-signature-invalid", 401, ("令牌签名无效", "Token signature invalid"),
        "令牌的签名无法以其签发方公布的密钥（JWKS）验证。", "The token's signature does not verify with a key its issuer publishes (JWKS).");

    public static readonly RefusalCode TokenExpired = Entry("token-expired", 401, ("令牌不在有效期内", "Token expired"),
        "令牌已过期或尚未生效（exp、nbf）；请重新获取令牌。", "The token has expired or is not yet valid (exp, nbf); get a new one.");

    public static readonly RefusalCode TokenLifetimeUnbounded = Entry("token-lifetime-unbounded", 401, ("令牌未载明有效期", "Token lifetime unbounded"),
        "令牌须载明过期时间（exp），以及签发时间（iat）或生效时间（nbf）。", "The token must carry its expiry (exp), and its issue time (iat) or start (nbf).");

    public static readonly RefusalCode TokenLifetimeTooLong = Entry("token-lifetime-too-long", 401, ("令牌有效期过长", "Token lifetime too long"),
        "令牌的有效期为 {lifetime}，超过本登记机构允许的最长 {max}。", "The token lives {lifetime}, longer than the {max} the registry accepts.");

    public static readonly RefusalCode TokenIncomplete = Entry("token-incomplete", 403, ("令牌不完整", "Token incomplete"),
        "令牌须载明用户（sub）且恰好载明一个角色。", "The token must name the user (sub) and exactly one role.");

    public static readonly RefusalCode Forbidden = Entry("forbidden", 403, ("无权办理", "Forbidden"),
        "您的角色无权办理此事项。", "Your role may not do this.");

    public static readonly RefusalCode NotFound = Entry("not-found", 404, ("未找到", "Not found"),
        "该地址下没有任何内容；接口见 /openapi/v1.json。", "Nothing is found at this address; the API is described at /openapi/v1.json.");

    public static readonly RefusalCode MethodNotAllowed = Entry("method-not-allowed", 405, ("不支持该请求方法", "Method not allowed"),
        "该地址不接受此 HTTP 方法。", "This address does not accept this HTTP method.");

    public static readonly RefusalCode PreconditionFailed = Entry("precondition-failed", 412, ("记录已变更", "The resource has changed"),
        "If-Match 所载版本不是该记录的当前版本（须为其 ETag 给出的一个强实体标签）；请重新读取。",
        "If-Match does not name the resource's current version (one strong entity tag, as its ETag gives); read it again.");

    public static readonly RefusalCode PayloadTooLarge = Entry("payload-too-large", 413, ("请求过大", "Request too large"),
        "请求体超过本接口允许的大小：最多 {max} 字节。", "The request body is larger than this endpoint accepts: at most {max} bytes.");

    public static readonly RefusalCode UnsupportedMediaType = Entry("unsupported-media-type", 415, ("不支持的媒体类型", "Unsupported media type"),
        "本接口不接受该媒体类型的请求体（JSON 请求用 application/json，上传文件用 multipart/form-data 的字段“file”）。",
        "This endpoint does not accept a body of this media type (application/json for JSON; multipart/form-data, field 'file', for an upload).");

    public static readonly RefusalCode ConcurrentChange = Entry("concurrent-change", 409, ("同时变更", "Changed at the same moment"),
        "另一请求同时修改了该记录；请重新读取后重试。", "Another request changed this record at the same moment; read it again and retry.");

    public static readonly RefusalCode AlreadyExists = Entry("already-exists", 409, ("记录已存在", "Already recorded"),
        "已有使用该标识的记录。", "A record with this identifier already exists.");

    public static readonly RefusalCode IdempotencyKeyAnonymous = Entry("idempotency-key-anonymous", 400, ("幂等键须随令牌发送", "Idempotency key without a token"),
        "幂等键（{header}）属于发送它的用户：请随令牌发送，或不带该键发送请求。",
        "An {header} belongs to the user who sends it: send it with a token, or send the request without it.");

    public static readonly RefusalCode IdempotencyKeyReused = Entry("idempotency-key-reused", 400, ("幂等键已被使用", "Idempotency key reused"),
        "该幂等键（{header}）曾用于另一请求；新请求请使用新的键。", "This {header} was used before for a different request; use a new key for a new request.");

    public static readonly RefusalCode InternalError = Entry("internal-error", 500, ("内部错误", "Internal error"),
        "登记系统未能完成该请求；除非此后查询显示已记录，否则未作任何记录。",
        "The registry could not complete the request; nothing was recorded unless a later read shows it.");

    /// <summary>Any other status ASP.NET Core answers by itself (406, 408, …): the status is the one answered.</summary>
    public static readonly RefusalCode Error = Entry("error", 500, ("无法处理", "Error"),
        "登记系统无法处理该请求。", "The registry cannot answer this request.");

    public static readonly RefusalCode DatabaseUnavailable = Entry("database-unavailable", 503, ("数据库暂不可用", "Database unavailable"),
        "登记系统的数据库正在重启或无法连接，未作任何记录；请 {seconds} 秒后重试。",
        "The registry's database is restarting or out of reach; nothing was recorded. Retry in {seconds} seconds.");

    public static readonly RefusalCode ClockBehind = Entry("clock-behind", 503, ("登记系统时钟落后", "The registry's clock is behind"),
        "本节点时钟比登记系统最后记录的时刻落后 {behind}（允许最多 {maxBehind}）；追上之前不作任何记录。请稍后重试，或改用其他节点。",
        "This node's clock is {behind} behind the last instant the registry recorded (more than {maxBehind} allowed); nothing is recorded until it catches up. Retry later, or on another node.");

    public static readonly RefusalCode Unavailable = Entry("unavailable", 503, ("暂不可用", "Unavailable"),
        "登记系统暂时无法记录；请稍后重试。", "The registry cannot record now; retry in a moment.");

    // ——— Parties, tokens and documents ———

    public static readonly RefusalCode PartyNotFound = Entry("party-not-found", 404, ("主体不存在", "Party not found"),
        "没有主体代码为“{party}”的主体。", "No party has the code '{party}'.");

    public static readonly RefusalCode PartyAlreadyRecorded = Entry("party-already-recorded", 409, ("主体已有记录", "Party already recorded"),
        "已有使用该证件号码的主体记录。", "A party with this identifier is already recorded.");

    public static readonly RefusalCode PartyNotRecorded = Entry("party-not-recorded", 409, ("主体尚未建档", "Party not recorded"),
        "没有使用该证件号码并经实名认证的主体；该主体须先提交入驻申请（POST /api/parties/onboarding）并经登记机构工作人员核准。",
        "No verified party has this identifier; the party first submits its onboarding (POST /api/parties/onboarding) and a clerk approves it.");

    public static readonly RefusalCode PartyNotVerified = Entry("party-not-verified", 403, ("主体尚未实名认证", "Party not verified"),
        "主体“{party}”尚未经实名认证：须先提交入驻申请（POST /api/parties/onboarding），经登记机构工作人员核准后方可办理。",
        "Party '{party}' is not verified: it submits its onboarding (POST /api/parties/onboarding) and may act once a clerk has approved it.");

    public static readonly RefusalCode PartyAlreadyVerified = Entry("party-already-verified", 409, ("主体已实名认证", "Party already verified"),
        "主体“{party}”已经实名认证，无须再次入驻；名称变更由登记机构工作人员凭新的营业执照办理。",
        "Party '{party}' is already verified; a change of name is recorded by a clerk against the new licence.");

    public static readonly RefusalCode OnboardingAlreadyOpen = Entry("onboarding-already-open", 409, ("已有待审核的入驻申请", "Onboarding already open"),
        "已有使用该证件号码或该主体代码的入驻申请 {onboarding} 待审核。", "Onboarding {onboarding}, with this identifier or party code, awaits a clerk's decision.");

    public static readonly RefusalCode OnboardingNotFound = Entry("onboarding-not-found", 404, ("入驻申请不存在", "Onboarding not found"),
        "没有编号为 {onboarding} 的入驻申请。", "No onboarding has the id {onboarding}.");

    public static readonly RefusalCode OnboardingDecided = Entry("onboarding-decided", 409, ("入驻申请已办结", "Onboarding decided"),
        "入驻申请 {onboarding} 已于 {decidedAt} 办结（{state}）。", "Onboarding {onboarding} was decided at {decidedAt} ({state}).");

    public static readonly RefusalCode IdentifierNotYourCode = Entry("identifier-not-your-code", 403, ("证件号码与主体代码不符", "Identifier is not your code"),
        "机构的主体代码即其统一社会信用代码：令牌载明的主体代码为“{party}”，申请所列代码为“{number}”。",
        "An organisation's party code is its unified social credit code: the token names '{party}', the onboarding '{number}'.");

    public static readonly RefusalCode ObjectorNotVerified = Entry("objector-not-verified", 409, ("异议人尚未实名认证", "Objector not verified"),
        "异议人“{party}”尚未经实名认证；其入驻申请核准后，方可登记该异议。",
        "Objector '{party}' is not verified yet; the objection is registered once its onboarding is approved.");

    public static readonly RefusalCode NameUnchanged = Entry("name-unchanged", 409, ("名称未变", "Name unchanged"),
        "该主体的名称已是“{name}”。", "The party is already named '{name}'.");

    public static readonly RefusalCode NotYourParty = Entry("not-your-party", 403, ("无权查看该主体", "Not your party"),
        "只有登记机构工作人员、主管部门和该主体本身可以查看主体的记录及其资产。",
        "Only clerks, supervisors and the party itself may read a party's record and its assets.");

    public static readonly RefusalCode NotAParty = Entry("not-a-party", 403, ("并非主体", "Not a party"),
        "只有主体（其令牌载明主体代码）可以申请。", "Only a party (its token names its code) may apply.");

    public static readonly RefusalCode DocumentNotFound = Entry("document-not-found", 404, ("文件不存在", "Document not found"),
        "没有您可以读取的指纹为 {fingerprint} 的文件。", "No document with fingerprint {fingerprint} is readable by you.");

    public static readonly RefusalCode DocumentNotUploaded = Entry("document-not-uploaded", 409, ("文件未上传", "Document not uploaded"),
        "您尚未上传指纹为 {fingerprint} 的文件；请先上传，再引用。",
        "You have not uploaded a document with fingerprint {fingerprint}; upload it first, then cite it.");

    public static readonly RefusalCode UnsupportedDocumentType = Entry("unsupported-document-type", 415, ("不受理的文件类型", "Unsupported document type"),
        "{what}可受理的类型：PDF；PNG、JPEG、GIF、TIFF 和 WebP 图像；UTF-8 文本（纯文本、CSV、JSON）；zip（含 Office 文档）、gzip、7z、rar 和 tar 压缩包。",
        "{what} Accepted: PDF; PNG, JPEG, GIF, TIFF and WebP images; UTF-8 text (plain, CSV, JSON); zip (including Office documents), gzip, 7z, rar and tar archives.");

    // ——— Assets and what every registration on them obeys ———

    public static readonly RefusalCode AssetNotFound = Entry("asset-not-found", 404, ("资产不存在", "Asset not found"),
        "登记编号 {number} 下没有已登记的资产。", "No asset is registered under {number}.");

    public static readonly RefusalCode AssetNotRegisteredThen = Entry("asset-not-registered-then", 404, ("当时尚未登记", "Asset not registered then"),
        "{number} 在 {moment} 尚未登记。", "{number} was not yet registered at {moment}.");

    public static readonly RefusalCode AssetCancelled = Entry("asset-cancelled", 409, ("资产已注销", "Asset cancelled"),
        "{number} 已注销，不再受理任何登记。", "{number} was cancelled (注销); it accepts no further registration.");

    public static readonly RefusalCode AssetExpired = Entry("asset-expired", 409, ("登记已到期", "Asset expired"),
        "{number} 的登记已于 {validUntil} 到期，续展之前不受理任何登记。", "{number} expired on {validUntil}; it accepts no registration until renewed.");

    public static readonly RefusalCode AssetFrozen = Entry("asset-frozen", 409, ("资产已被查封", "Asset frozen"),
        "{number} 已被{court}查封（案号 {caseNumber}），解除查封之前不得处分。",
        "{number} is frozen by {court} (case {caseNumber}); no disposition until the freeze is lifted.");

    public static readonly RefusalCode AssetUnderObjection = Entry("asset-under-objection", 409, ("资产存在异议登记", "Asset under objection"),
        "{number} 存在异议登记（{objector}，登记于 {registeredAt}），异议处理完毕之前不受理本项登记。",
        "{number} is under an objection (异议) registered {registeredAt} by {objector}; it blocks this registration until resolved.");

    public static readonly RefusalCode NotTheHolder = Entry("not-the-holder", 403, ("并非持有人", "Not the holder"),
        "只有 {number} 的持有人可以申请本项登记。", "Only the holder of {number} may apply for this registration.");

    public static readonly RefusalCode ApplicantNoLongerHolds = Entry("applicant-no-longer-holds", 409, ("申请人已不再持有", "Applicant no longer holds"),
        "{applicant} 已不再持有 {number}，该申请无法核准。", "{applicant} no longer holds {number}; the application cannot be approved.");

    // ——— The procedure: applications ———

    public static readonly RefusalCode ApplicationNotFound = Entry("application-not-found", 404, ("申请不存在", "Application not found"),
        "没有编号为“{application}”的申请。", "No application has the id '{application}'.");

    public static readonly RefusalCode NotYourApplication = Entry("not-your-application", 403, ("并非您的申请", "Not your application"),
        "只有申请人可以办理其申请的事项；申请的当事人、登记机构工作人员和主管部门可以查看申请。",
        "Only the applicant may act on its application; its parties, clerks and supervisors may read it.");

    public static readonly RefusalCode NotTheCounterparty = Entry("not-the-counterparty", 403, ("并非相对方", "Not the counterparty"),
        "只有申请所列的被许可人或新持有人可以对该申请表示同意。", "Only the party named as licensee or new holder may consent to this application.");

    public static readonly RefusalCode ConsentNotAwaited = Entry("consent-not-awaited", 409, ("无需同意", "Consent not awaited"),
        "该申请{state}，并不在等待您的同意。", "The application is {state}; it is not waiting for your consent.");

    public static readonly RefusalCode ApplicationAwaitingConsent = Entry("application-awaiting-consent", 409, ("申请待相对方同意", "Application awaiting consent"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationNotAccepted = Entry("application-not-accepted", 409, ("申请尚未受理", "Application not accepted"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationAwaitingCorrection = Entry("application-awaiting-correction", 409, ("申请待补正", "Application awaiting correction"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationNotAwaitingCorrection = Entry("application-not-awaiting-correction", 409, ("申请并非待补正", "Application not awaiting correction"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationUnderPublicNotice = Entry("application-under-public-notice", 409, ("申请正在公示", "Application under public notice"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationNoticeSuspended = Entry("application-notice-suspended", 409, ("公示已中止", "Public notice suspended"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationNotUnderNotice = Entry("application-not-under-notice", 409, ("申请不在公示期", "Application not under public notice"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationAlreadyAccepted = Entry("application-already-accepted", 409, ("申请已受理", "Application already accepted"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationAlreadyDecided = Entry("application-already-decided", 409, ("申请已有决定", "Application already decided"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApplicationClosed = Entry("application-closed", 409, ("申请已办结", "Application closed"),
        "无法{act}：该申请{state}。", "Cannot {act} the application: it is {state}.");

    public static readonly RefusalCode ApproverAcceptedApplication = Entry("approver-accepted-application", 409, ("受理人不得核准", "Approver accepted the application"),
        "受理该申请的工作人员不得同时核准（双人复核）；须由另一名工作人员核准。",
        "The clerk who accepted an application may not also approve it (four eyes); another clerk must approve.");

    // ——— Initial registration, license, transfer, change, cancellation, renewal ———

    public static readonly RefusalCode NotTheReviewer = Entry("not-the-reviewer", 403, ("并非评估报告的出具机构", "Not the report's reviewer"),
        "只有申请所附评估报告载明的第三方服务机构可以确认或不予确认该报告。",
        "Only the third-party institution that the application's review report names may confirm or decline it.");

    public static readonly RefusalCode ReviewReportAlreadyConfirmed = Entry("review-report-already-confirmed", 409, ("评估报告已确认", "Review report already confirmed"),
        "评估报告 {report} 已于 {at} 确认。", "The review report {report} was confirmed at {at}.");

    public static readonly RefusalCode ReviewReportNotAwaitingConfirmation = Entry("review-report-not-awaiting-confirmation", 409,
        ("评估报告无需确认", "Review report not awaiting confirmation"),
        "该申请{state}，其评估报告并不在等待确认。", "The application is {state}; its review report is not waiting for confirmation.");

    public static readonly RefusalCode ReviewReportNotConfirmed = Entry("review-report-not-confirmed", 409, ("评估报告尚未确认", "Review report not confirmed"),
        "该申请所附评估报告 {report} 尚待第三方服务机构（{institution}）确认，确认后方可受理。",
        "The application's review report {report} awaits confirmation by the third-party institution {institution}; it can be accepted once confirmed.");

    public static readonly RefusalCode DerivedAssetNotFound = Entry("derived-asset-not-found", 409, ("来源资源未登记", "Derived-from asset not found"),
        "登记编号 {number} 下没有已登记的资产。", "No asset is registered under {number}.");

    public static readonly RefusalCode DerivedAssetNotAResource = Entry("derived-asset-not-a-resource", 409, ("来源并非数据资源", "Derived-from asset not a resource"),
        "{number} 是数据产品；数据产品只能来源于数据资源。", "{number} is a data product; a product derives from data resources.");

    public static readonly RefusalCode DerivedAssetNotActive = Entry("derived-asset-not-active", 409, ("来源资源并非有效", "Derived-from asset not active"),
        "{number} {status}，并非有效状态。", "{number} is {status}, not active.");

    public static readonly RefusalCode LicenseeIsHolder = Entry("licensee-is-holder", 409, ("被许可人即持有人", "Licensee is the holder"),
        "持有人不能将资产许可给自己。", "The holder cannot license the asset to itself.");

    public static readonly RefusalCode LicenseOutlastsRegistration = Entry("license-outlasts-registration", 409, ("许可期限超出登记有效期", "License outlasts the registration"),
        "许可期限将超出登记有效期（至 {validUntil}）；请在此之前终止许可，或先申请续展。",
        "The license would run past the registration's validity ({validUntil}); end it by then or renew first.");

    public static readonly RefusalCode LicenseOverlapsExclusive = Entry("license-overlaps-exclusive", 409, ("与独占许可重叠", "License overlaps an exclusive one"),
        "独占许可在时间上不得与其他许可重叠；许可 {license}（被许可人 {licensee}）的期限为 {startsOn} 至 {endsOn}。",
        "An exclusive license (独占) overlaps no other license in time; license {license} to {licensee} runs {startsOn}–{endsOn}.");

    public static readonly RefusalCode LicenseOverlapsSole = Entry("license-overlaps-sole", 409, ("与排他许可重叠", "License overlaps a sole one"),
        "排他许可不得与其他独占或排他许可重叠；许可 {license}（被许可人 {licensee}）的期限为 {startsOn} 至 {endsOn}。",
        "A sole license (排他) overlaps no other sole license; license {license} to {licensee} runs {startsOn}–{endsOn}.");

    public static readonly RefusalCode LicenseScopeOutsideScenarios = Entry("license-scope-outside-scenarios", 409, ("许可范围超出应用场景", "License scope outside the scenarios"),
        "许可范围须在资产登记的应用场景（{scenarios}）之内；{outside} 不在其中。",
        "A license's scope lies within the asset's registered application scenarios ({scenarios}); {outside} is not among them.");

    public static readonly RefusalCode LicenseNotFound = Entry("license-not-found", 409, ("许可不存在", "License not found"),
        "{number} 没有编号为 {license} 的许可。", "{number} has no license {license}.");

    public static readonly RefusalCode LicenseNotInForce = Entry("license-not-in-force", 409, ("许可已失效", "License not in force"),
        "{number} 上的许可 {license} 已不再有效：{reason}。", "License {license} on {number} is no longer in force: {reason}.");

    public static readonly RefusalCode ScenarioUsedByLicense = Entry("scenario-used-by-license", 409, ("应用场景为许可所用", "Scenario used by a license"),
        "许可 {license}（被许可人 {licensee}）的范围包含 {scenarios}；该许可约束资产期间，这些应用场景须保留登记（请先变更该许可的范围，或注销该许可）。",
        "License {license} to {licensee} names {scenarios} in its scope; the scenario stays registered while that license binds the asset (change the license's scope first, or cancel it).");

    public static readonly RefusalCode NewHolderAlreadyHolds = Entry("new-holder-already-holds", 409, ("新持有人已持有", "New holder already holds"),
        "{newHolder} 已持有 {number}。", "{newHolder} already holds {number}.");

    public static readonly RefusalCode ChangeChangesNothing = Entry("change-changes-nothing", 409, ("无变更内容", "Change changes nothing"),
        "所列事项均已是所给的值，没有需要变更的内容。", "Every item named already has the value given; there is nothing to change.");

    public static readonly RefusalCode ChangeCannotChangeHolder = Entry("change-cannot-change-holder", 409, ("变更登记不改变持有人", "A change cannot change the holder"),
        "变更登记不改变资产的持有人；请申请转移登记。",
        "A change registration (变更登记) never changes who holds the asset; apply for a transfer registration (转移登记).");

    public static readonly RefusalCode RevocationByRegistryOnly = Entry("revocation-by-registry-only", 403, ("撤销仅由登记机构作出", "Revocation by the registry only"),
        "撤销登记只由登记机构因欺诈作出。", "Only the registry revokes a registration (撤销), for fraud.");

    public static readonly RefusalCode ExpiryCancellationByRegistryOnly = Entry("expiry-cancellation-by-registry-only", 403, ("期满注销由登记机构办理", "Expiry cancellation by the registry only"),
        "期满未续展的注销由登记机构在有效期及宽限期届满后依时自动办理，无需申请；请以其他事由申请（voluntary、dataDestroyed、courtOrder）。",
        "Cancellation for expiry not renewed (期满未续展) is made by the registry's own clock, once validity and its grace period have run out; no one applies for it. Apply on another ground (voluntary, dataDestroyed, courtOrder).");

    public static readonly RefusalCode NotAPartyToTheLicense = Entry("not-a-party-to-the-license", 403, ("并非许可当事人", "Not a party to the license"),
        "只有持有人或被许可人可以注销许可。", "Only the holder or the licensee may cancel a license.");

    public static readonly RefusalCode RenewalAlreadyApplied = Entry("renewal-already-applied", 409, ("续展申请办理中", "Renewal already applied for"),
        "{number} 的续展申请正在办理中（申请 {application}）。", "A renewal of {number} is already under way (application {application}).");

    public static readonly RefusalCode RenewalNotInWindow = Entry("renewal-not-in-window", 409, ("不在续展期内", "Not in the renewal window"),
        "{number} 的登记有效期至 {validUntil}；续展可在有效期最后 {days} 日内申请，即自 {opensOn} 起。",
        "{number} is valid until {validUntil}; renewal (续展) may be applied for in its last {days} days, from {opensOn}.");

    public static readonly RefusalCode RenewalBeyondAuthorisation = Entry("renewal-beyond-authorisation", 409, ("续展超出授权期限", "Renewal beyond the authorisation"),
        "{number} 所依据的授权于 {authorisationEndsOn} 届满，而登记已有效至 {validUntil}；续展不能超出授权期限。",
        "The authorisation {number} rests on ends on {authorisationEndsOn}, and the registration already runs to {validUntil}; renewal cannot take it past its authorisation.");

    // ——— Objections, corrections, freezes ———

    public static readonly RefusalCode ObjectionNotFound = Entry("objection-not-found", 404, ("异议不存在", "Objection not found"),
        "没有编号为“{objection}”的异议。", "No objection has the id '{objection}'.");

    public static readonly RefusalCode NotYourObjection = Entry("not-your-objection", 403, ("无权查看该异议", "Not your objection"),
        "只有异议人、登记机构工作人员和主管部门可以查看异议；已登记的异议在资产上向所有人显示。",
        "Only the objector, clerks and supervisors may read an objection; the asset shows a registered one to everyone.");

    public static readonly RefusalCode NotTheObjector = Entry("not-the-objector", 403, ("并非异议人", "Not the objector"),
        "只有异议人可以办理此事项。", "Only the objector may do this.");

    public static readonly RefusalCode ObjectionNotRegistered = Entry("objection-not-registered", 409, ("异议尚未登记", "Objection not registered"),
        "无法{act}：该异议{state}。", "Cannot {act} the objection: it is {state}.");

    public static readonly RefusalCode ObjectionAlreadyRegistered = Entry("objection-already-registered", 409, ("异议已登记", "Objection already registered"),
        "无法{act}：该异议{state}。", "Cannot {act} the objection: it is {state}.");

    public static readonly RefusalCode ObjectionClosed = Entry("objection-closed", 409, ("异议已办结", "Objection closed"),
        "无法{act}：该异议{state}。", "Cannot {act} the objection: it is {state}.");

    public static readonly RefusalCode ObjectionLapsed = Entry("objection-lapsed", 409, ("异议已失效", "Objection lapsed"),
        "该异议已于 {lapsedAt} 失效；诉讼证明提交过晚。", "The objection lapsed at {lapsedAt}; proof of a lawsuit came too late.");

    public static readonly RefusalCode ObjectionNotAboutThisAsset = Entry("objection-not-about-this-asset", 409, ("异议并非针对该资产", "Objection not about this asset"),
        "异议 {objection} 并非针对 {number}。", "Objection {objection} is not against {number}.");

    public static readonly RefusalCode ObjectionNotUpheld = Entry("objection-not-upheld", 409, ("异议未获支持", "Objection not upheld"),
        "更正登记须以成立的异议为依据；异议 {objection} {state}。", "A correction rests on an upheld objection; {objection} is {state}.");

    public static readonly RefusalCode CorrectionAlreadyMade = Entry("correction-already-made", 409, ("已作更正登记", "Correction already made"),
        "已依据异议 {objection} 作出更正登记。", "A correction was already registered on objection {objection}.");

    public static readonly RefusalCode FreezeNotFound = Entry("freeze-not-found", 404, ("查封不存在", "Freeze not found"),
        "{number} 没有编号为“{freeze}”的查封。", "{number} has no freeze '{freeze}'.");

    public static readonly RefusalCode FreezeAlreadyRecorded = Entry("freeze-already-recorded", 409, ("查封已记载", "Freeze already recorded"),
        "{court}在案号 {caseNumber} 中的查封已记载于 {number}（查封 {freeze}）。",
        "{court}'s freeze in case {caseNumber} is already recorded on {number} (freeze {freeze}).");

    public static readonly RefusalCode FreezeAlreadyLifted = Entry("freeze-already-lifted", 409, ("查封已解除", "Freeze already lifted"),
        "{number} 上的查封 {freeze} 已不再有效：{reason}。", "Freeze {freeze} on {number} no longer stands: {reason}.");

    // ——— The certificate ledger ———

    public static readonly RefusalCode CertificateNotFound = Entry("certificate-not-found", 404, ("证书不存在", "Certificate not found"),
        "证书编号 {certificate} 下没有已颁发的证书。", "No certificate has been issued under {certificate}.");

    public static readonly RefusalCode CertificateNotCheckpointed = Entry("certificate-not-checkpointed", 409, ("证书尚无检查点", "Certificate not checkpointed"),
        "证书 {certificate} 已记入账本，但尚无涵盖它的已签署检查点；请稍后再试。",
        "Certificate {certificate} is in the ledger but no checkpoint has been signed over it yet; ask again in a moment.");

    public static readonly RefusalCode CheckpointNotFound = Entry("checkpoint-not-found", 404, ("检查点不存在", "Checkpoint not found"),
        "{which}没有已签署的检查点；已签署的检查点见 /api/ledger/checkpoints。",
        "No checkpoint was signed {which}; /api/ledger/checkpoints lists those that were.");

    public static readonly RefusalCode CheckpointNotTrusted = Entry("checkpoint-not-trusted", 409, ("检查点不可信", "Checkpoint not trusted"),
        "树大小为 {size} 的检查点不被已公布的密钥信任（{reason}）；请针对更晚的检查点获取证明包。",
        "The checkpoint of tree size {size} is not trusted by the published keys: {reason} Ask for a bundle against a later checkpoint.");

    public static readonly RefusalCode NotNamedInCertificate = Entry("not-named-in-certificate", 403, ("证书未载明贵方", "Not named in the certificate"),
        "证书 {certificate} 未载明贵方为持有人或相对方；只有他们、登记机构工作人员和主管部门可以获取其盐值。",
        "Certificate {certificate} does not name your party as its holder or counterparty; only they, clerks and supervisors get its salts.");

    public static readonly RefusalCode CertificateTooLarge = Entry("certificate-too-large", 400, ("证书过大", "Certificate too large"),
        "该资产的证书可能达到 {bound} 字节，而证书须小于 {limit} 字节（64 KiB：每份证书是账本瓦片中的一个条目）；请缩短登记事项，其中“{field}”最长。",
        "The asset's certificate could reach {bound} bytes, and a certificate must stay below {limit} (64 KiB: each certificate is an entry of the ledger's tiles); shorten the registered items — '{field}' is the largest.");

    public static readonly RefusalCode TileNotFound = Entry("tile-not-found", 404, ("瓦片不存在", "Tile not found"),
        "账本的树中没有 {path}：{reason}。", "The ledger's tree holds no {path}: {reason}.");

    public static readonly RefusalCode LedgerInconsistent = Entry("ledger-inconsistent", 500, ("账本不一致", "Ledger inconsistent"),
        "存储的证书账本未通过验证；不予提供任何无法验证的内容，已通知登记机构的运维人员。",
        "The stored ledger does not verify; nothing that would not verify is served, and the registry's operators have been alerted.");

    // ——— One field's fault: the code beside the sentence in a problem's errors ———

    public static readonly RefusalCode Required = Entry("required", 400, ("必填", "Required"),
        "“{field}”为必填项。", "'{field}' is required.");

    public static readonly RefusalCode TooLong = Entry("too-long", 400, ("过长", "Too long"),
        "“{field}”最多 {max} 个字符。", "'{field}' may have at most {max} characters.");

    public static readonly RefusalCode OutOfRange = Entry("out-of-range", 400, ("超出范围", "Out of range"),
        "“{field}”须在 {min} 至 {max} 之间。", "'{field}' must be between {min} and {max}.");

    public static readonly RefusalCode CountOutOfRange = Entry("count-out-of-range", 400, ("项数超出范围", "Count out of range"),
        "“{field}”须列明 {min} 至 {max} 项。", "'{field}' names between {min} and {max} entries.");

    public static readonly RefusalCode WrongType = Entry("wrong-type", 400, ("类型不符", "Wrong type"),
        "“{field}”的值类型不符，或不是可接受的值。", "'{field}' has a value of the wrong type or an unknown value.");

    public static readonly RefusalCode NotJson = Entry("not-json", 400, ("不是 JSON", "Not JSON"),
        "请求体不是格式正确的 JSON（第 {line} 行，第 {position} 字节附近）。", "The request body is not well-formed JSON (line {line}, near byte {position}).");

    public static readonly RefusalCode NameControlCharacter = Entry("name-control-character", 400, ("名称含控制字符", "Control character in a name"),
        "“{field}”含控制字符（U+{codePoint}）；名称须与证照上的一致。", "'{field}' holds a control character (U+{codePoint}); a name is written as on its licence or ID.");

    public static readonly RefusalCode NameBidiControl = Entry("name-bidi-control", 400, ("名称含双向文本控制符", "Bidirectional control in a name"),
        "“{field}”含双向文本控制符（U+{codePoint}），会使显示的名称与记录的不同。", "'{field}' holds a bidirectional control (U+{codePoint}), which would make the name shown differ from the name recorded.");

    public static readonly RefusalCode NameInvisible = Entry("name-invisible", 400, ("名称不可见", "Invisible name"),
        "“{field}”只含空白或不可见字符。", "'{field}' holds only blank or invisible characters.");

    public static readonly RefusalCode UnknownMember = Entry("unknown-member", 400, ("未知成员", "Unknown member"),
        "“{field}”不是该请求可接受的成员。", "'{field}' is not a member this request accepts.");

    public static readonly RefusalCode DuplicateMember = Entry("duplicate-member", 400, ("成员重复", "Duplicate member"),
        "“{field}”在同一对象中出现了两次；JSON 请求体中每个成员只能出现一次（I-JSON，RFC 7493）。",
        "'{field}' appears twice in one object; a JSON body names each member once (I-JSON, RFC 7493).");

    public static readonly RefusalCode LoneSurrogate = Entry("lone-surrogate", 400, ("孤立代理项", "Lone surrogate"),
        "{what}含有孤立的代理项（未配对的 \\uD800–\\uDFFF 转义），不是 Unicode 文本。",
        "{what} holds a lone surrogate (an unpaired \\uD800–\\uDFFF escape), which is not Unicode text.");

    public static readonly RefusalCode NulCharacter = Entry("nul-character", 400, ("含 NUL 字符", "NUL character"),
        "{what}含有 NUL 字符（U+0000），登记系统无法存储。", "{what} holds the NUL character (U+0000), which the registry cannot store.");

    public static readonly RefusalCode NotOneOf = Entry("not-one-of", 400, ("不是可选值", "Not one of the values"),
        "“{value}”不是“{field}”的可选值：{values}。", "'{value}' is not one of the values of '{field}': {values}.");

    public static readonly RefusalCode NotAValue = Entry("not-a-value", 400, ("值无效", "Not a valid value"),
        "“{value}”不是“{field}”的有效值。", "'{value}' is not a valid value for '{field}'.");

    public static readonly RefusalCode NotAFingerprint = Entry("not-a-fingerprint", 400, ("不是 SHA-256 指纹", "Not a fingerprint"),
        "“{field}”须为 SHA-256 指纹：64 位十六进制字符。", "'{field}' must be a SHA-256 fingerprint: 64 hexadecimal characters.");

    public static readonly RefusalCode CheckCharacter = Entry("check-character", 400, ("校验码不符", "Check character does not match"),
        "“{field}”的校验码不符，很可能输入有误。", "'{field}': the check character does not match; it is most likely mistyped.");

    public static readonly RefusalCode WrongLength = Entry("wrong-length", 400, ("位数不符", "Wrong length"),
        "“{field}”的位数不符。", "'{field}' has the wrong number of characters.");

    public static readonly RefusalCode BadCharacter = Entry("bad-character", 400, ("字符不允许", "Character not allowed"),
        "“{field}”含有该位置不允许的字符。", "'{field}' has a character that is not allowed where it stands.");

    public static readonly RefusalCode NotWellFormed = Entry("not-well-formed", 400, ("格式不正确", "Not well formed"),
        "“{field}”格式不正确（日期不存在、年份超出范围或缺少组成部分）。", "'{field}' is not well formed (no such date, a year out of range, or a part missing).");

    public static readonly RefusalCode NotAnInstant = Entry("not-an-instant", 400, ("不是时刻", "Not an instant"),
        "“{field}”须为带时区偏移的时刻，例如 2026-05-01T00:00:00Z；“{value}”不是。",
        "'{field}' must be an instant with its offset, such as 2026-05-01T00:00:00Z; '{value}' is not one.");

    public static readonly RefusalCode NotADateOrInstant = Entry("not-a-date-or-instant", 400, ("不是日期或时刻", "Not a date or an instant"),
        "“{field}”须为日期（如 2026-05-01，按中国的日历日）或带时区偏移的时刻（如 2026-05-01T00:00:00Z）；“{value}”都不是。",
        "'{field}' must be a date (2026-05-01, a day in China) or an instant with its offset (2026-05-01T00:00:00Z); '{value}' is neither.");

    public static readonly RefusalCode InTheFuture = Entry("in-the-future", 400, ("晚于当前", "In the future"),
        "“{field}”不得晚于当前：登记簿在 {now} 之后尚无任何记录。", "'{field}' may not be in the future: the register has recorded nothing after {now}.");

    public static readonly RefusalCode NotAfterFrom = Entry("not-after-from", 400, ("止点不晚于起点", "'to' not after 'from'"),
        "“to”须晚于“from”。", "'to' must come after 'from'.");

    public static readonly RefusalCode SmallerThanFrom = Entry("smaller-than-from", 400, ("止点小于起点", "'to' smaller than 'from'"),
        "“to”（{to}）不得小于“from”（{from}）：账本只增不减。", "'to' ({to}) may not be smaller than 'from' ({from}): a ledger only grows.");

    public static readonly RefusalCode FromStartsAtOne = Entry("from-starts-at-one", 400, ("起点从 1 开始", "'from' starts at 1"),
        "“from”从 1 开始：空树不承诺任何内容，无从证明有树扩展了它（docs/ledger.md §4.4）。",
        "'from' starts at 1: the empty tree commits to nothing, so no tree is proved to extend it (docs/ledger.md §4.4).");

    public static readonly RefusalCode NotACertificateNumber = Entry("not-a-certificate-number", 400, ("不是证书编号", "Not a certificate number"),
        "“{field}”不是本登记机构的证书编号：证书编号为“{prefix}”加 12 位数字，例如 {example}。",
        "'{field}' is not a certificate number of this registry: one is \"{prefix}\" and 12 digits, such as {example}.");

    public static readonly RefusalCode NotATreeSize = Entry("not-a-tree-size", 400, ("不是树大小", "Not a tree size"),
        "“{field}”须为 0 至 {max} 的整数，只用数字书写；“{value}”不是。",
        "'{field}' is a whole number from 0 to {max}, written in digits only; '{value}' is not.");

    public static readonly RefusalCode TreeDoesNotHoldCertificate = Entry("tree-does-not-hold-certificate", 400, ("树不含该证书", "Tree does not hold the certificate"),
        "证书 {certificate} 是第 {leaf} 号叶子，大小为 {size} 的树不包含它。{first}",
        "Certificate {certificate} is leaf {leaf}; a tree of size {size} does not hold it. {first}");

    public static readonly RefusalCode GiveOneOf = Entry("give-one-of", 400, ("须且只须给出一项", "Give one of them"),
        "请在“bundle”（待核验的证明包）、“bundleFile”（证明包或 tlog-proof 文件的 base64 字节）、“tlogProof”（tlog-proof 文本）和“certificateNumber”（本登记机构颁发的证书）中给出一项且只给出一项。",
        "Give one of 'bundle' (a bundle to verify), 'bundleFile' (a bundle or tlog-proof file's bytes in base64), 'tlogProof' (a tlog-proof's text) or 'certificateNumber' (a certificate the registry issued).");

    public static readonly RefusalCode BundleNotAnObject = Entry("bundle-not-an-object", 400, ("证明包须为对象", "Bundle not an object"),
        "“bundle”须为 JSON 对象：certificate、leafIndex、inclusionProof、checkpoint（docs/ledger.md §7）。",
        "'bundle' is a JSON object: certificate, leafIndex, inclusionProof, checkpoint (docs/ledger.md §7).");

    public static readonly RefusalCode NotBase64 = Entry("not-base64", 400, ("不是 base64", "Not base64"),
        "“{field}”须为 base64 编码（RFC 4648 §4：标准字母表，带填充，不换行）。",
        "'{field}' is the bytes in base64 (RFC 4648 §4: standard alphabet, padded, no line breaks).");

    public static readonly RefusalCode OneFileOnly = Entry("one-file-only", 400, ("只能上传一个文件", "One file only"),
        "每个请求只发送一个文件，放在字段“file”中。", "Send one file per request, in the field 'file'.");

    public static readonly RefusalCode NotMultipart = Entry("not-multipart", 400, ("不是 multipart 表单", "Not multipart"),
        "请求体不是格式正确的 multipart/form-data。", "The request body is not well-formed multipart/form-data.");

    public static readonly RefusalCode EmptyFile = Entry("empty-file", 400, ("文件为空", "Empty file"),
        "文件为空。", "The file is empty.");

    public static readonly RefusalCode DeclarationNotCommitted = Entry("declaration-not-committed", 400, ("未作声明承诺", "Declaration not committed"),
        "申请人须就数据的来源、权利、质量和用途作出声明承诺。", "The applicant must commit to the declaration on source, rights, quality and use (声明承诺).");

    public static readonly RefusalCode OnlyForProducts = Entry("only-for-products", 400, ("仅适用于数据产品", "Only for data products"),
        "只有数据产品可以列明其所来源的数据资源。", "Only a data product (数据产品) names the resources it derives from.");

    public static readonly RefusalCode AssetOrApplication = Entry("asset-or-application", 400, ("资产与申请择一", "The asset or the application"),
        "请指明资产（registrationNumber）或公示中的申请（applicationId），二者择一。",
        "Name either the asset (registrationNumber) or the application under public notice (applicationId).");

    public static readonly RefusalCode EndsBeforeStart = Entry("ends-before-start", 400, ("终止日早于起始日", "Ends before it starts"),
        "许可期限的终止日不得早于起始日。", "A license's term ends on or after the day it starts.");

    public static readonly RefusalCode OrderFingerprintRequired = Entry("order-fingerprint-required", 400, ("须引用法院裁定", "Court order required"),
        "依法院裁定注销的，须引用该裁定文件的指纹。", "A cancellation on a court order cites the order's fingerprint.");

    public static readonly RefusalCode DeadlineNotInFuture = Entry("deadline-not-in-future", 400, ("期限已过", "Deadline not in the future"),
        "补正期限须晚于当前时刻。", "The correction deadline must be in the future.");

    public static readonly RefusalCode DayInThePast = Entry("day-in-the-past", 400, ("日期已过", "Day in the past"),
        "查封的最后一日不得早于今日；中国今日为 {today}。", "A freeze's last day cannot be in the past; today in China is {today}.");

    public static readonly RefusalCode AdvanceMissing = Entry("advance-missing", 400, ("未给出拨动量", "Advance missing"),
        "请给出 advanceBy（ISO 8601 时长，如 P10D）或 advanceTo（某一时刻）。",
        "Give advanceBy (an ISO 8601 duration such as P10D) or advanceTo (an instant).");

    public static readonly RefusalCode NotADuration = Entry("not-a-duration", 400, ("不是时长", "Not a duration"),
        "“{value}”不是 ISO 8601 时长，例如 PT30M 或 P10D。", "'{value}' is not an ISO 8601 duration such as PT30M or P10D.");

    public static readonly RefusalCode ClockTooFarAhead = Entry("clock-too-far-ahead", 400, ("时钟拨动过远", "Clock too far ahead"),
        "开发时钟只能向前拨动，且最多领先真实时间 100 年（P36525D）；“{value}”超出此限。",
        "The development clock only moves forward, at most 100 years ahead of real time (P36525D); '{value}' goes beyond that.");

    /// <summary>Every entry, in the order of this file.</summary>
    public static IReadOnlyList<RefusalCode> All { get; } = typeof(Refusals).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(RefusalCode))
        .Select(f => (RefusalCode)f.GetValue(null)!)
        .ToArray();

    private static readonly Dictionary<string, RefusalCode> ByCode = All.ToDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>The entry for <paramref name="code"/>; null when the catalogue lacks it.</summary>
    public static RefusalCode? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var entry) ? entry : null;

    private static RefusalCode Entry(string code, int status, (string Chinese, string English) title, string chinese, string english) =>
        new(code, status, new Sentence(title.Chinese, title.English), new Sentence(chinese, english));
}
