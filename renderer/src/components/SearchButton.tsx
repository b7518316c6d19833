import { Search } from "lucide-react";

/** The way into search, led by its magnifier: prominent on the catalog, secondary on the attract screen. */
export function SearchButton({
  label,
  variant,
  onSearch,
  testId,
  className = "",
}: {
  label: string;
  variant: "primary" | "secondary";
  onSearch: () => void;
  testId: string;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={`button button--${variant} button--with-icon ${className}`.trim()}
      onClick={onSearch}
      data-testid={testId}
    >
      <Search aria-hidden="true" size="1em" strokeWidth={2.25} />
      {label}
    </button>
  );
}
