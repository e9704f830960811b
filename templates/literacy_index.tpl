{{%AUTOESCAPE context="HTML"}}<h1>Literasi Keamanan Informasi</h1>
<p>Materi kesadaran keamanan informasi dari Tim Literasi Keamanan Informasi. Semua materi di halaman ini berlabel <strong class="tlp tlp-clear">{{tlp}}</strong>: boleh disebarkan tanpa batas.</p>
{{#no_articles}}<p>Belum ada materi yang diterbitkan.</p>{{/no_articles}}
{{#articles}}<article>
<h2><a href="/literasi/{{slug}}">{{title}}</a></h2>
{{#summary}}<p>{{summary}}</p>{{/summary}}
<p><small>{{published}}</small></p>
</article>
{{/articles}}
{{#service}}<p>Butuh narasumber seminar, workshop atau pelatihan? <a href="/layanan/{{id}}">Ajukan permohonan literasi</a>.</p>{{/service}}
