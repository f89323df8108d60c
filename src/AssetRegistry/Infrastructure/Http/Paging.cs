namespace AssetRegistry.Infrastructure.Http;

/// <summary>One page of a list, and where it lies in the whole.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

/// <summary>How every list endpoint reads its query: one page at a time, enums by their JSON names.</summary>
public static class Paging
{
    public static T? QueryEnum<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrEmpty(value) ? null
        : Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _) ? parsed
        : throw RequestValidationException.For(field, Refusals.NotOneOf,
            ("value", value), ("values", string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))));

    /// <summary>The page asked for (from 1) and its size (50 unless asked), each within <see cref="InputRanges"/>; 400 naming the field otherwise.</summary>
    public static (int Page, int PageSize) Read(int? page, int? pageSize)
    {
        var errors = new FieldErrors();
        if (page is < 1 or > InputRanges.MaxPage)
        {
            errors.Add("page", Refusals.OutOfRange, ("min", 1), ("max", InputRanges.MaxPage));
        }

        if (pageSize is < 1 or > InputRanges.MaxPageSize)
        {
            errors.Add("pageSize", Refusals.OutOfRange, ("min", 1), ("max", InputRanges.MaxPageSize));
        }

        errors.ThrowIfAny();
        return (page ?? 1, pageSize ?? 50);
    }
}
