export default function P() {
  return <h1>budget</h1>;
}
