// natural's submodules ship without type declarations; importing its index would load dotenv,
// which prints to stdout, so stages import the submodules they need and type them here.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
