{{%AUTOESCAPE context="HTML"}}<hgroup>
<h1>{{title}}</h1>
</hgroup>
{{#paragraphs}}<p>{{text}}</p>
{{/paragraphs}}
<section id="layanan">
<h2>Daftar Layanan</h2>
<div class="service-grid">
{{#services}}<article>
<h3><a href="/layanan/{{id}}">{{name}}</a></h3>
<p>{{summary}}</p>
<footer><a href="/layanan/{{id}}">Rincian</a> · <a href="/layanan/{{id}}/ajukan">Ajukan permohonan</a></footer>
</article>
{{/services}}
</div>
</section>
<section>
<h2>Dasar Hukum</h2>
<ol>{{#legal_basis}}<li>{{text}}</li>{{/legal_basis}}</ol>
</section>
<section>
<h2>Tujuan dan Manfaat</h2>
<h3>Tujuan</h3>
<p>{{goal}}</p>
<h3>Manfaat</h3>
<ol>{{#benefits}}<li>{{text}}</li>{{/benefits}}</ol>
</section>
<section>
<h2>Biaya / Tarif</h2>
<p>{{cost}}</p>
</section>
