/** Marks what the reader wrote (facts, notes), as opposed to what a pack says. */
export function YoursMarker() {
  return (
    <span class="bs-yours" data-testid="yours" title="You added this">
      yours
    </span>
  );
}
