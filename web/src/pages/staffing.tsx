export default function P() {
  return <h1>staffing</h1>;
}
