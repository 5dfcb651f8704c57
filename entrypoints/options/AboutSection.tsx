/** What Backstory is and the promise it keeps about the reader's data. */
export function AboutSection() {
  return (
    <p class="bs-options__text">
      Backstory marks the names it knows on the news pages you read and explains them from a fact base stored in this
      browser. Every fact has a date and a source. Nothing you read, save or write leaves this machine.
    </p>
  );
}
