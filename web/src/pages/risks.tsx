export default function P() {
  return <h1>risks</h1>;
}
