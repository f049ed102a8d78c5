export default function P() {
  return <h1>risk</h1>;
}
