/** Stories written as sample content say so, so no reader takes them for reporting. */
export function SampleNotice() {
  return (
    <p className="sample-notice">Sample story: written to demonstrate Broadsheet, not reporting.</p>
  );
}
