namespace AssetRegistry.Transferring;

/// <summary>Why a holding or operating right moves [source: 数据二十条 art. 7; court and arbitration].</summary>
public enum TransferGround
{
    /// <summary>交易: a sale by the holder.</summary>
    Trade,
    /// <summary>合并、分立.</summary>
    MergerOrSplit,
    /// <summary>解散、破产.</summary>
    DissolutionOrBankruptcy,
    /// <summary>法院判决.</summary>
    CourtJudgment,
    /// <summary>仲裁裁决.</summary>
    ArbitralAward,
}
